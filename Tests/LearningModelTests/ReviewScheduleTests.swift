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
