import Foundation

/// Where a card is in its life: being learned, in spaced review, or being relearned after a lapse.
public enum FSRSState: Int, Sendable, Hashable, Codable, CaseIterable {
    case learning = 1
    case review = 2
    case relearning = 3

    /// The lower-case name used in JSON output.
    public var name: String {
        switch self {
        case .learning: "learning"
        case .review: "review"
        case .relearning: "relearning"
        }
    }
}

/// How well the learner recalled a card.
public enum FSRSRating: Int, Sendable, Hashable, Codable, CaseIterable {
    /// Forgotten (or answered wrongly).
    case again = 1
    /// Recalled with serious difficulty.
    case hard = 2
    /// Recalled.
    case good = 3
    /// Recalled effortlessly.
    case easy = 4
}

/// The scheduling state of one card; `FSRSScheduler.schedule` returns the next one.
///
/// A new card is in learning at step 0 with no stability or difficulty: both are set by its
/// first review. `step` is nil exactly when the card is in review.
public struct FSRSCard: Sendable, Hashable, Codable {
    public var state: FSRSState
    /// The index into the learning or relearning steps; nil in review.
    public var step: Int?
    /// Days until retrievability falls to 90 %; nil before the first review.
    public var stability: Double?
    /// 1 (easiest) to 10 (hardest); nil before the first review.
    public var difficulty: Double?
    /// When the card should next be reviewed.
    public var due: Date
    public var lastReview: Date?

    public init(
        state: FSRSState = .learning, step: Int? = nil, stability: Double? = nil, difficulty: Double? = nil,
        due: Date, lastReview: Date? = nil
    ) {
        self.state = state
        self.step = state == .learning && step == nil ? 0 : step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// A card never reviewed, due at `due`.
    public static func new(due: Date) -> FSRSCard {
        FSRSCard(due: due)
    }
}
