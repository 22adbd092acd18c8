import ExamApp
import Foundation
import ExamEngine
import LearningModel

/// The adaptive drill's I/O: read the history, let the learning model choose.
extension AppRunner {
    func chooseNextQuestion(for session: ExamSession, at instant: Instant) throws -> ExamItem? {
        var rng = SeededGenerator(seed: UInt64.random(in: .min ... .max))
        return AdaptiveDrill.next(
            for: session, bank: state.bank, answers: try store.answers(), overdue: try reviewOverdue(at: instant.wall),
            now: instant.wall, rng: &rng
        )
    }

    /// Due-ness per question from the review scheduler.
    func reviewOverdue(at now: Double) throws -> [String: Double] {
        let schedule = try HomeLoader.reviewSchedule(settings: try store.settings())
        return ReviewSchedule.overdue(schedule.cards(from: try store.answers()), at: Date(timeIntervalSince1970: now))
    }

    /// "Review missed": questions due for review first, then missed ones not yet answered right.
    func reviewQueue(at now: Double) throws -> [String] {
        let schedule = try HomeLoader.reviewSchedule(settings: try store.settings())
        let due = ReviewSchedule.due(schedule.cards(from: try store.answers()), at: Date(timeIntervalSince1970: now))
        let dueSet = Set(due)
        return due + (try store.missedQuestionIDs()).filter { !dueSet.contains($0) }
    }
}
