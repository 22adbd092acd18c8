/// One answered question from any session, as the learning model and reports see it.
public struct AnswerEvent: Sendable, Hashable, Codable {
    public var attemptID: Int64
    public var questionID: String
    public var domain: String
    public var topic: String
    public var correct: Bool
    /// Seconds since 1970 (wall clock) when the answer was given.
    public var answeredAt: Double
    public var timeSpent: Double
    public var unsure: Bool
    public var kind: ExamKind

    public init(attemptID: Int64, questionID: String, domain: String, topic: String, correct: Bool,
                answeredAt: Double, timeSpent: Double, unsure: Bool, kind: ExamKind) {
        self.attemptID = attemptID
        self.questionID = questionID
        self.domain = domain
        self.topic = topic
        self.correct = correct
        self.answeredAt = answeredAt
        self.timeSpent = timeSpent
        self.unsure = unsure
        self.kind = kind
    }
}

/// A session as listed in history and on the home screen.
public struct AttemptSummary: Sendable, Hashable, Codable, Identifiable {
    public enum Status: String, Sendable, Hashable, Codable { case active, submitted, abandoned }

    public var id: Int64
    public var kind: ExamKind
    public var mode: ExamMode
    public var title: String
    public var blueprintID: String?
    public var status: Status
    public var questionCount: Int
    public var answeredCount: Int
    public var correctCount: Int?
    public var scorePercent: Double?
    public var passed: Bool?
    public var passPercent: Double
    public var timeLimit: Double?
    public var elapsed: Double
    /// Seconds since 1970.
    public var startedAt: Double
    public var updatedAt: Double
    public var submittedAt: Double?

    public init(id: Int64, kind: ExamKind, mode: ExamMode, title: String, blueprintID: String?, status: Status,
                questionCount: Int, answeredCount: Int, correctCount: Int?, scorePercent: Double?, passed: Bool?,
                passPercent: Double, timeLimit: Double?, elapsed: Double, startedAt: Double, updatedAt: Double,
                submittedAt: Double?) {
        self.id = id
        self.kind = kind
        self.mode = mode
        self.title = title
        self.blueprintID = blueprintID
        self.status = status
        self.questionCount = questionCount
        self.answeredCount = answeredCount
        self.correctCount = correctCount
        self.scorePercent = scorePercent
        self.passed = passed
        self.passPercent = passPercent
        self.timeLimit = timeLimit
        self.elapsed = elapsed
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        self.submittedAt = submittedAt
    }

    /// Seconds left when the attempt was last saved, for a timed attempt.
    public var remaining: Double? { timeLimit.map { max(0, $0 - elapsed) } }
}
