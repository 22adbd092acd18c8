/// The learner's state for one question of a session.
public struct ItemResponse: Sendable, Hashable, Codable {
    /// Index into the question's written choices, or nil when unanswered.
    public var choice: Int?
    public var flagged: Bool = false
    /// Written choice indices the learner has struck out.
    public var struck: Set<Int> = []
    /// How many times an existing answer was replaced or cleared.
    public var changeCount: Int = 0
    /// Seconds spent on this question over all visits.
    public var timeSpent: Double = 0
    public var visited: Bool = false
    /// Tutor mode: the answer is final and its result is shown.
    public var locked: Bool = false
    /// The learner marked the answer as a guess.
    public var unsure: Bool = false

    public init(choice: Int? = nil, flagged: Bool = false, struck: Set<Int> = [], changeCount: Int = 0,
                timeSpent: Double = 0, visited: Bool = false, locked: Bool = false, unsure: Bool = false) {
        self.choice = choice
        self.flagged = flagged
        self.struck = struck
        self.changeCount = changeCount
        self.timeSpent = timeSpent
        self.visited = visited
        self.locked = locked
        self.unsure = unsure
    }

    public var isAnswered: Bool { choice != nil }
}

/// Where a session is in its life.
public enum SessionPhase: String, Sendable, Hashable, Codable {
    case running, suspended, submitted
}

/// What a change touched, so the caller can save exactly that (each answer the moment it is given).
public enum SessionChange: Sendable, Hashable {
    case response(Int)
    case position
    case timer
    case submitted
}

/// A pure exam session: every method takes the current instant and returns what changed.
///
/// Instants are seconds on a monotonic clock supplied by the caller; the session never reads a
/// clock, so time can be tested exactly and a wall-clock jump cannot add or remove exam time.
public struct ExamSession: Sendable, Hashable {
    public let spec: ExamSpec
    public internal(set) var items: [ExamItem]
    public internal(set) var responses: [ItemResponse]
    public internal(set) var current: Int = 0
    public internal(set) var phase: SessionPhase
    /// Seconds used before the running segment began.
    public internal(set) var elapsedBeforeSegment: Double
    /// Instant the running segment began; nil while suspended or submitted.
    public internal(set) var segmentStart: Double?
    /// Instant the learner arrived at the current question.
    var visitStart: Double?

    /// Starts a new session at `now`, on the first question.
    public init(spec: ExamSpec, items: [ExamItem], now: Double) {
        self.spec = spec
        self.items = items
        responses = items.map { _ in ItemResponse() }
        phase = .running
        elapsedBeforeSegment = 0
        segmentStart = now
        visitStart = now
        if !responses.isEmpty { responses[0].visited = true }
    }

    /// Rebuilds a saved session, suspended; call `resume(at:)` to continue it.
    public init(spec: ExamSpec, items: [ExamItem], responses: [ItemResponse], current: Int, elapsed: Double, submitted: Bool) {
        self.spec = spec
        self.items = items
        self.responses = responses.count == items.count ? responses : items.map { _ in ItemResponse() }
        self.current = items.isEmpty ? 0 : min(max(0, current), items.count - 1)
        phase = submitted ? .submitted : .suspended
        elapsedBeforeSegment = elapsed
        segmentStart = nil
        visitStart = nil
    }

    public var count: Int { items.count }
    public var isTimed: Bool { spec.timeLimit != nil }
    public var isSubmitted: Bool { phase == .submitted }
    public var currentItem: ExamItem { items[current] }
    public var currentResponse: ItemResponse { responses[current] }

    public var answeredCount: Int { responses.filter(\.isAnswered).count }
    public var unansweredIndices: [Int] { responses.indices.filter { !responses[$0].isAnswered } }
    public var flaggedIndices: [Int] { responses.indices.filter { responses[$0].flagged } }
}
