import Foundation
import LearningModel
import Testing

@Suite("FSRS scheduling through learning, review and relearning")
struct FSRSSchedulerTests {
    let t0 = Date(timeIntervalSince1970: 1_767_225_600)
    let day = 86_400.0

    @Test("a new card walks the learning steps, then graduates with a whole-day interval")
    func learningSteps() throws {
        let scheduler = try FSRSScheduler()
        let first = scheduler.schedule(.new(due: t0), rating: .good, at: t0)
        #expect(first.state == .learning && first.step == 1)
        #expect(first.stability == 2.3065)
        #expect(first.due == t0 + 600 && first.lastReview == t0)

        // Hard on the first step waits halfway between the first two steps, and keeps the step.
        let hard = scheduler.schedule(.new(due: t0), rating: .hard, at: t0)
        #expect(hard.state == .learning && hard.step == 0 && hard.due == t0 + 330)

        // Ten minutes later is the same day: short-term stability, which a pass never lowers.
        let graduated = scheduler.schedule(first, rating: .good, at: t0 + 600)
        #expect(graduated.state == .review && graduated.step == nil)
        #expect(graduated.stability == 2.3065)
        #expect(graduated.due == t0 + 600 + 2 * day)

        let easy = scheduler.schedule(.new(due: t0), rating: .easy, at: t0)
        #expect(easy.state == .review && easy.step == nil && easy.due == t0 + 8 * day)
    }

    @Test("a lapse enters relearning, Again restarts its steps, Good returns the card to review")
    func lapse() throws {
        let scheduler = try FSRSScheduler()
        let review = FSRSCard(state: .review, stability: 10, difficulty: 5, due: t0 + 10 * day, lastReview: t0)
        let lapsed = scheduler.schedule(review, rating: .again, at: t0 + 30 * day)
        #expect(lapsed.state == .relearning && lapsed.step == 0)
        #expect(abs((lapsed.stability ?? 0) - 1.6162162872115181) < 1e-12)
        #expect(lapsed.due == t0 + 30 * day + 600)

        let again = scheduler.schedule(lapsed, rating: .again, at: t0 + 30 * day + 700)
        #expect(again.state == .relearning && again.step == 0 && (again.stability ?? 0) < (lapsed.stability ?? 0))
        let back = scheduler.schedule(again, rating: .good, at: t0 + 30 * day + 1400)
        #expect(back.state == .review && back.step == nil && back.due == t0 + 30 * day + 1400 + day)
    }

    @Test("without steps a new card goes straight to review and a lapse stays in review")
    func noSteps() throws {
        let scheduler = try FSRSScheduler(parameters: FSRSParameters(learningSteps: [], relearningSteps: []))
        let first = scheduler.schedule(.new(due: t0), rating: .again, at: t0)
        #expect(first.state == .review && first.step == nil && first.due == t0 + day)
        let review = FSRSCard(state: .review, stability: 10, difficulty: 5, due: t0 + 10 * day, lastReview: t0)
        let lapsed = scheduler.schedule(review, rating: .again, at: t0 + 30 * day)
        #expect(lapsed.state == .review && lapsed.due == t0 + 32 * day)
    }

    @Test("a lone step waits 1.5 times as long on Hard; a step index past the end graduates on a pass")
    func oddSteps() throws {
        let scheduler = try FSRSScheduler(parameters: FSRSParameters(learningSteps: [301]))
        #expect(scheduler.schedule(.new(due: t0), rating: .hard, at: t0).due == t0 + 451.5)
        let stale = FSRSCard(state: .learning, step: 4, stability: 3, difficulty: 5, due: t0, lastReview: t0)
        #expect(scheduler.schedule(stale, rating: .hard, at: t0 + 60).state == .review)
        let restarted = scheduler.schedule(stale, rating: .again, at: t0 + 60)
        #expect(restarted.state == .learning && restarted.step == 0 && restarted.due == t0 + 60 + 301)
    }
}
