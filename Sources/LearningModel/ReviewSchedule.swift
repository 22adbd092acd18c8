import ExamEngine
import Foundation

/// Review cards for every answered question, derived by replaying the answer history.
///
/// A card is a pure function of the history up to its last answer (``ReviewReplay``): a store
/// may keep cards and carry them forward, and a change of parameters or retention replays the
/// whole past at once. Ratings follow docs/FSRS.md: wrong = Again; right = Good, or Hard when
/// marked unsure or slower than twice the learner's median time so far, Easy when faster than
/// half that median and not unsure. The exam date is applied when cards are read (``capped(_:)``),
/// since the scheduler never looks at a card's due date.
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
        rating(correct: answer.correct, timeSpent: answer.timeSpent, unsure: answer.unsure, medianTime: medianTime)
    }

    public static func rating(correct: Bool, timeSpent: Double, unsure: Bool, medianTime: Double) -> FSRSRating {
        guard correct else { return .again }
        if unsure || (medianTime > 0 && timeSpent > 2 * medianTime) { return .hard }
        if medianTime > 0, timeSpent < medianTime / 2 { return .easy }
        return .good
    }

    /// The median seconds per answered question (0 without answers).
    public static func medianTime(_ answers: [AnswerEvent]) -> Double {
        let times = answers.map(\.timeSpent).filter { $0 > 0 }.sorted()
        guard !times.isEmpty else { return 0 }
        let mid = times.count / 2
        return times.count % 2 == 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2
    }

    /// One card per answered question, after all its answers in time order, capped at the exam date.
    public func cards(from answers: [AnswerEvent]) -> [String: FSRSCard] {
        var replay = ReviewReplay(scheduler: scheduler)
        for answer in answers.sorted(by: { $0.answeredAt < $1.answeredAt }) { replay.apply(answer) }
        return replay.cards.mapValues(capped)
    }

    /// The card as this schedule shows it: a review due after the exam date is pulled in to the
    /// exam date (never before the card's last review).
    public func capped(_ card: FSRSCard) -> FSRSCard {
        guard let examDate, card.due > examDate else { return card }
        var card = card
        card.due = max(card.lastReview ?? examDate, examDate)
        return card
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
