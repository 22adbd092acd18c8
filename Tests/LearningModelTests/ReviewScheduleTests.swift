import ExamEngine
import Foundation
import LearningModel
import Testing

@Suite("Review schedule from the answer history, and the exam-date plan")
struct ReviewScheduleTests {
    func answer(_ id: String, _ correct: Bool, at time: Double, spent: Double = 60, unsure: Bool = false) -> AnswerEvent {
        AnswerEvent(attemptID: 1, questionID: id, domain: "d", topic: "t", correct: correct, answeredAt: time, timeSpent: spent, unsure: unsure, kind: .exam)
    }

    @Test("ratings: wrong is Again; right is Good, Hard when unsure or slow, Easy when fast and sure")
    func ratings() {
        #expect(ReviewSchedule.rating(for: answer("q", false, at: 0), medianTime: 60) == .again)
        #expect(ReviewSchedule.rating(for: answer("q", true, at: 0), medianTime: 60) == .good)
        #expect(ReviewSchedule.rating(for: answer("q", true, at: 0, unsure: true), medianTime: 60) == .hard)
        #expect(ReviewSchedule.rating(for: answer("q", true, at: 0, spent: 121), medianTime: 60) == .hard)
        #expect(ReviewSchedule.rating(for: answer("q", true, at: 0, spent: 29), medianTime: 60) == .easy)
        #expect(ReviewSchedule.rating(for: answer("q", true, at: 0, spent: 29, unsure: true), medianTime: 60) == .hard)
        #expect(ReviewSchedule.medianTime([answer("a", true, at: 0, spent: 10), answer("b", true, at: 0, spent: 30), answer("c", true, at: 0, spent: 90)]) == 30)
    }

    @Test("cards replay each question's answers; a miss is due again within minutes, a right answer days later")
    func cards() throws {
        let schedule = ReviewSchedule(scheduler: try FSRSScheduler())
        let t = 1_800_000_000.0
        let cards = schedule.cards(from: [answer("miss", false, at: t), answer("right", true, at: t), answer("right", true, at: t + 700)])
        #expect(cards["miss"]!.state == .learning)
        #expect(cards["miss"]!.due.timeIntervalSince1970 == t + 60)
        #expect(cards["right"]!.due.timeIntervalSince1970 > t + 86_400)
        let later = Date(timeIntervalSince1970: t + 3600)
        #expect(ReviewSchedule.due(cards, at: later) == ["miss"])
        #expect(ReviewSchedule.overdue(cards, at: later)["miss"]! > 1)
        #expect(ReviewSchedule.overdue(cards, at: later)["right"] == 0)
    }

    @Test("no review is scheduled past the exam date")
    func examDateCap() throws {
        let t = 1_800_000_000.0
        let exam = Date(timeIntervalSince1970: t + 2 * 86_400)
        let schedule = ReviewSchedule(scheduler: try FSRSScheduler(), examDate: exam)
        let history = (0..<6).map { answer("q", true, at: t + Double($0) * 3600) }
        let card = schedule.cards(from: history)["q"]!
        #expect(card.due <= exam)
        let free = ReviewSchedule(scheduler: try FSRSScheduler()).cards(from: history)["q"]!
        #expect(free.due > exam)
    }

    @Test("days left and daily load")
    func plan() {
        let utc = TimeZone(identifier: "UTC")!
        let now = Date(timeIntervalSince1970: 1_800_000_000) // 2027-01-15 08:00 UTC
        #expect(StudyPlan.daysLeft(until: "2027-01-25", now: now, timeZone: utc) == 10)
        #expect(StudyPlan.daysLeft(until: "2027-01-15", now: now, timeZone: utc) == 0)
        #expect(StudyPlan.day("2027-02-30", timeZone: utc) == nil)
        #expect(StudyPlan.day("27-1-1", timeZone: utc) == nil)
        #expect(StudyPlan.dailyLoad(weakTopicQuestions: [4, 25], reviewsDueByExam: 6, daysLeft: 10) == 2)
        #expect(StudyPlan.dailyLoad(weakTopicQuestions: [4], reviewsDueByExam: 0, daysLeft: 0) == nil)
    }
}

@Suite("Replaying reviews in pieces")
struct ReviewReplayTests {
    func answers(_ count: Int) -> [AnswerEvent] {
        var seed: UInt64 = 7
        func next() -> UInt64 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return seed >> 33
        }
        return (0..<count).map { index in
            AnswerEvent(attemptID: Int64(index / 20), questionID: "q\(next() % 40)", domain: "d", topic: "t",
                        correct: next() % 10 < 7, answeredAt: 1_800_000_000 + Double(index) * 3_000 + Double(next() % 100),
                        timeSpent: Double(next() % 1_800) / 10, unsure: next() % 7 == 0, kind: .exam)
        }
    }

    @Test("the median of the time histogram is the median of the times to a tenth of a second")
    func median() {
        var histogram = AnswerTimeHistogram()
        #expect(histogram.median == 0)
        var times: [Double] = []
        for (index, time) in [12.34, 0, 4, 99.96, 3_600, 7_200, 0.04, 30, 30, 18.2, -1].enumerated() {
            histogram.add(time)
            if let bucket = AnswerTimeHistogram.bucket(for: time) { times.append(Double(bucket) / 10) }
            let sorted = times.sorted()
            let expected = sorted.isEmpty ? 0 : sorted.count % 2 == 1 ? sorted[sorted.count / 2]
                : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            #expect(histogram.median == expected, "after \(index + 1) times")
        }
        #expect(histogram.total == 9)
        #expect(AnswerTimeHistogram(sparse: histogram.sparse) == histogram)
        #expect(AnswerTimeHistogram(sparse: [(bucket: -1, count: 1)]) == nil)
        #expect(AnswerTimeHistogram(sparse: [(bucket: 5, count: 0)]) == nil)
    }

    @Test("a replay carried on from a saved state equals one replay of everything")
    func resumedReplay() throws {
        let scheduler = try FSRSScheduler()
        let history = answers(400)
        var whole = ReviewReplay(scheduler: scheduler)
        for answer in history { whole.apply(answer) }
        for cut in [0, 1, 57, 200, 399, 400] {
            var first = ReviewReplay(scheduler: scheduler)
            for answer in history[..<cut] { first.apply(answer) }
            let times = try #require(AnswerTimeHistogram(sparse: first.times.sparse))
            var second = ReviewReplay(scheduler: scheduler, cards: first.cards, times: times)
            for answer in history[cut...] { second.apply(answer) }
            #expect(second.cards == whole.cards, "cut at \(cut)")
        }
    }

    @Test("ratings compare with the median of the answers before, not after")
    func causalMedian() throws {
        let t = 1_800_000_000.0
        func answer(_ id: String, at time: Double, spent: Double) -> AnswerEvent {
            AnswerEvent(attemptID: 1, questionID: id, domain: "d", topic: "t", correct: true, answeredAt: time, timeSpent: spent, unsure: false, kind: .exam)
        }
        // The first answer has no median to compare with: Good, whatever its time.
        let schedule = ReviewSchedule(scheduler: try FSRSScheduler())
        let lone = schedule.cards(from: [answer("slow", at: t, spent: 500)])["slow"]!
        let good = try FSRSScheduler().schedule(.new(due: Date(timeIntervalSince1970: t)), rating: .good, at: Date(timeIntervalSince1970: t))
        #expect(lone == good)
        // After answers of 60 s, a 500 s answer is slow (Hard) and a 10 s answer fast (Easy).
        let warmUp = (0..<5).map { answer("w\($0)", at: t + Double($0), spent: 60) }
        let cards = schedule.cards(from: warmUp + [answer("slow", at: t + 10, spent: 500), answer("fast", at: t + 11, spent: 10)])
        let at = { (offset: Double) in Date(timeIntervalSince1970: t + offset) }
        #expect(cards["slow"] == (try FSRSScheduler()).schedule(.new(due: at(10)), rating: .hard, at: at(10)))
        #expect(cards["fast"] == (try FSRSScheduler()).schedule(.new(due: at(11)), rating: .easy, at: at(11)))
    }
}
