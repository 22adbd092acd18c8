import ExamApp
import ExamEngine
import ExamStore
import Foundation
import LearningModel
import QuestionBank

/// What both runners (full-screen and plain) ask the learning model, with the store's data.
struct StudySource {
    let store: ExamStore
    let bank: Bank

    /// The review scheduler with the learner's retention, capped at the exam date.
    func schedule() throws -> ReviewSchedule {
        try HomeLoader.reviewSchedule(settings: try store.settings())
    }

    /// Every answered question's review card at `now`, capped at the exam date.
    func cards(at now: Double) throws -> [String: FSRSCard] {
        let schedule = try schedule()
        return try store.reviewCards(scheduler: schedule.scheduler, now: now).mapValues(schedule.capped)
    }

    /// Due-ness per question at `now` (seconds since 1970).
    func overdue(at now: Double) throws -> [String: Double] {
        ReviewSchedule.overdue(try cards(at: now), at: Date(timeIntervalSince1970: now))
    }

    /// The adaptive drill's next question for `session`.
    func nextQuestion(for session: ExamSession, at now: Double) throws -> ExamItem? {
        var rng = SeededGenerator(seed: UInt64.random(in: .min ... .max))
        return AdaptiveDrill.next(for: session, bank: bank, history: try drillHistory(for: session, at: now),
                                  overdue: try overdue(at: now), now: now, rng: &rng)
    }

    /// The drill's view of the history from the store's aggregates: kept mastery per domain and
    /// topic, and the latest answer of each question the drill could pick.
    func drillHistory(for session: ExamSession, at now: Double) throws -> DrillHistory {
        let snapshot = try store.mastery(domains: bank.domains.map(\.id), topics: bank.topicAreas(), now: now)
        let pool = AdaptiveDrill.pool(for: session, bank: bank).map(\.id)
        return DrillHistory(
            answerCount: snapshot.answers,
            domainMastery: Dictionary(snapshot.domains.filter { $0.answers > 0 }.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a }),
            topicMastery: Dictionary(snapshot.topics.filter { $0.estimate.answers > 0 }.map {
                (DrillHistory.topicKey(domain: $0.domain, topic: $0.estimate.key), $0.estimate)
            }, uniquingKeysWith: { a, _ in a }),
            lastAnswers: try store.latestAnswers(questionIDs: pool))
    }

    /// "Review missed": questions due for review first, then missed ones not yet answered right.
    func reviewQueue(at now: Double) throws -> [String] {
        let due = ReviewSchedule.due(try cards(at: now), at: Date(timeIntervalSince1970: now))
        let dueSet = Set(due)
        return due + (try store.missedQuestionIDs()).filter { !dueSet.contains($0) }
    }

    /// The questions of a review session from `source`.
    func questions(for source: ReviewSource, at now: Double) throws -> [String] {
        source == .missed ? try reviewQueue(at: now) : try store.flaggedQuestionIDs()
    }
}
