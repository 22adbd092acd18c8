import ExamEngine
import Foundation

/// Review cards for every answered question, derived by replaying the answer history.
///
/// A card is a pure function of the question's answers (rating and time), so it is never
/// stored: the schedule cannot drift from the history, and a change of parameters or retention
/// applies to the whole past at once. Ratings follow docs/FSRS.md: wrong = Again; right = Good,
/// or Hard when marked unsure or slower than twice the learner's median time, Easy when faster
/// than half the median and not unsure.
public struct ReviewSchedule: Sendable {
    public let scheduler: FSRSScheduler
    /// No review falls due after this instant (the exam date): a later due date is pulled in.
    public var examDate: Date?

    public init(scheduler: FSRSScheduler, examDate: Date? = nil) {
        self.scheduler = scheduler
        self.examDate = examDate
    }

    /// The rating an answer counts as, given the learner's median seconds per question.
    public static func rating(for answer: AnswerEvent, medianTime: Double) -> FSRSRating {
        guard answer.correct else { return .again }
        if answer.unsure || (medianTime > 0 && answer.timeSpent > 2 * medianTime) { return .hard }
        if medianTime > 0, answer.timeSpent < medianTime / 2 { return .easy }
        return .good
    }

    /// The median seconds per answered question (0 without answers).
    public static func medianTime(_ answers: [AnswerEvent]) -> Double {
        let times = answers.map(\.timeSpent).filter { $0 > 0 }.sorted()
        guard !times.isEmpty else { return 0 }
        let mid = times.count / 2
        return times.count % 2 == 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2
    }

    /// One card per answered question, after all its answers in time order.
    public func cards(from answers: [AnswerEvent]) -> [String: FSRSCard] {
        let median = Self.medianTime(answers)
        var cards: [String: FSRSCard] = [:]
        for answer in answers.sorted(by: { $0.answeredAt < $1.answeredAt }) {
            let date = Date(timeIntervalSince1970: answer.answeredAt)
            let card = cards[answer.questionID] ?? FSRSCard.new(due: date)
            var next = scheduler.schedule(card, rating: Self.rating(for: answer, medianTime: median), at: date)
            if let examDate, next.due > examDate { next.due = max(date, examDate) }
            cards[answer.questionID] = next
        }
        return cards
    }

    /// How overdue each card is at `now`: 0 not yet due, 1 due now, growing with the wait
    /// relative to its last interval (a card a whole interval late reads 2).
    public static func overdue(_ cards: [String: FSRSCard], at now: Date) -> [String: Double] {
        cards.mapValues { card in
            guard card.due <= now else { return 0 }
            let interval = max(60, card.due.timeIntervalSince(card.lastReview ?? card.due))
            return 1 + now.timeIntervalSince(card.due) / interval
        }
    }

    /// Questions due at `now`, most overdue first.
    public static func due(_ cards: [String: FSRSCard], at now: Date) -> [String] {
        overdue(cards, at: now).filter { $0.value > 0 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
}
