/// One multiple-choice question from a bank, with exactly one correct choice.
public struct Question: Sendable, Hashable, Identifiable {
    public var id: String
    public var domain: String
    public var topic: String
    /// 1 recall, 2 application, 3 analysis.
    public var difficulty: Int
    public var stem: String
    public var choices: [Choice]
    public var explanation: String
    public var reference: String
    /// The year the facts were last checked, for questions with yearly figures.
    public var asOf: Int?
    /// False keeps the written choice order (for choices that refer to each other).
    public var shuffle: Bool
    public var tags: [String]
    /// Where the question was read from; nil for questions built in code.
    public var location: SourceLocation?

    public init(
        id: String, domain: String, topic: String, difficulty: Int, stem: String,
        choices: [Choice], explanation: String, reference: String, asOf: Int? = nil,
        shuffle: Bool = true, tags: [String] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.domain = domain
        self.topic = topic
        self.difficulty = difficulty
        self.stem = stem
        self.choices = choices
        self.explanation = explanation
        self.reference = reference
        self.asOf = asOf
        self.shuffle = shuffle
        self.tags = tags
        self.location = location
    }

    /// Index of the correct choice in the written order; validated banks have exactly one.
    public var correctIndex: Int {
        choices.firstIndex(where: \.isCorrect) ?? 0
    }
}

/// One answer option of a question.
public struct Choice: Sendable, Hashable {
    public var text: String
    public var isCorrect: Bool
    /// Optional text explaining this particular choice (kept from imported formats).
    public var feedback: String?

    public init(text: String, isCorrect: Bool = false, feedback: String? = nil) {
        self.text = text
        self.isCorrect = isCorrect
        self.feedback = feedback
    }
}
