import ExamEngine
import Foundation

/// Review cards built answer by answer in time order, so a saved state can be carried forward.
///
/// Each answer is rated against the median time of the answers before it (not of the whole
/// history), so the state after any prefix of the history depends on that prefix alone: a store
/// can keep the cards and the time histogram up to some instant and later feed only the newer
/// answers, with exactly the result of replaying everything from the start. Due dates here are
/// the scheduler's own; ``ReviewSchedule`` applies the exam-date cap when they are read.
public struct ReviewReplay: Sendable {
    public let scheduler: FSRSScheduler
    /// The latest card of every question answered so far.
    public var cards: [String: FSRSCard]
    /// The answer times seen so far, for the median each rating compares with.
    public private(set) var times: AnswerTimeHistogram
    /// Questions whose card changed since the last ``takeChanged()``.
    public private(set) var changed: Set<String> = []

    public init(scheduler: FSRSScheduler, cards: [String: FSRSCard] = [:], times: AnswerTimeHistogram = AnswerTimeHistogram()) {
        self.scheduler = scheduler
        self.cards = cards
        self.times = times
    }

    /// Feeds the next answer; answers must come in time order (ties in any fixed order).
    public mutating func apply(questionID: String, correct: Bool, answeredAt: Double, timeSpent: Double, unsure: Bool) {
        let date = Date(timeIntervalSince1970: answeredAt)
        let rating = ReviewSchedule.rating(correct: correct, timeSpent: timeSpent, unsure: unsure, medianTime: times.median)
        let card = cards[questionID] ?? FSRSCard.new(due: date)
        cards[questionID] = scheduler.schedule(card, rating: rating, at: date)
        times.add(timeSpent)
        changed.insert(questionID)
    }

    public mutating func apply(_ answer: AnswerEvent) {
        apply(questionID: answer.questionID, correct: answer.correct, answeredAt: answer.answeredAt,
              timeSpent: answer.timeSpent, unsure: answer.unsure)
    }

    /// The questions changed since the last call, and forgets them.
    public mutating func takeChanged() -> Set<String> {
        defer { changed = [] }
        return changed
    }
}
