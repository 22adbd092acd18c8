/// One multiple-choice question from a bank, with exactly one correct choice.
///
/// The long texts (stem, choices, explanation, reference) are either held by the value or read
/// on demand from a ``QuestionTextStore``: the mapped cache entry for a bank read from the cache
/// (a bank of 10,000 questions then keeps about 2 MB resident instead of 20 MB), or one buffer
/// per file for a parsed bank. A question's text costs a few microseconds to read when a
/// screen shows it; code that needs several texts of a question reads ``texts`` once.
public struct Question: Sendable, Hashable, Identifiable {
    public var id: String
    public var domain: String
    public var topic: String
    /// 1 recall, 2 application, 3 analysis.
    public var difficulty: Int
    /// The year the facts were last checked, for questions with yearly figures.
    public var asOf: Int?
    /// False keeps the written choice order (for choices that refer to each other).
    public var shuffle: Bool
    public var tags: [String]
    /// Where the question was read from; nil for questions built in code.
    public var location: SourceLocation?
    private var text: QuestionText

    public init(
        id: String, domain: String, topic: String, difficulty: Int, stem: String,
        choices: [Choice], explanation: String, reference: String, asOf: Int? = nil,
        shuffle: Bool = true, tags: [String] = [], location: SourceLocation? = nil
    ) {
        self.init(id: id, domain: domain, topic: topic, difficulty: difficulty, asOf: asOf, shuffle: shuffle, tags: tags, location: location,
                  text: .held(QuestionText.Held(stem: stem, choices: choices, explanation: explanation, reference: reference)))
    }

    /// A question whose texts are read from `store` when asked for.
    init(id: String, domain: String, topic: String, difficulty: Int, asOf: Int?, shuffle: Bool, tags: [String],
         location: SourceLocation?, store: QuestionTextStore, record: Int) {
        self.init(id: id, domain: domain, topic: topic, difficulty: difficulty, asOf: asOf, shuffle: shuffle, tags: tags, location: location,
                  text: .stored(store, record: record))
    }

    private init(id: String, domain: String, topic: String, difficulty: Int, asOf: Int?, shuffle: Bool, tags: [String],
                 location: SourceLocation?, text: QuestionText) {
        self.id = id
        self.domain = domain
        self.topic = topic
        self.difficulty = difficulty
        self.asOf = asOf
        self.shuffle = shuffle
        self.tags = tags
        self.location = location
        self.text = text
    }

    public var stem: String {
        get { text.held.stem }
        set { text.update { $0.stem = newValue } }
    }

    public var choices: [Choice] {
        get { text.held.choices }
        set { text.update { $0.choices = newValue } }
    }

    public var explanation: String {
        get { text.held.explanation }
        set { text.update { $0.explanation = newValue } }
    }

    public var reference: String {
        get { text.held.reference }
        set { text.update { $0.reference = newValue } }
    }

    /// All the long texts at once: one read of the store for a question whose texts are stored,
    /// where each property on its own reads them all.
    var texts: QuestionText.Held {
        text.held
    }

    /// The store and record the texts are read from, when they are not held.
    var storedText: (store: QuestionTextStore, record: Int)? {
        if case .stored(let store, let record) = text { return (store, record) }
        return nil
    }

    /// True when the texts are read from a store rather than held by the value.
    var readsStoredText: Bool {
        storedText != nil
    }

    /// This question holding its texts itself: read from its store once, where each text
    /// property of a stored question reads the whole record again. For code that shows a
    /// question, which reads most of its texts.
    public func holdingTexts() -> Question {
        guard storedText != nil else { return self }
        var copy = self
        copy.text = .held(text.held)
        return copy
    }

    /// Index of the correct choice in the written order; validated banks have exactly one.
    public var correctIndex: Int {
        choices.correctIndex
    }

    public static func == (lhs: Question, rhs: Question) -> Bool {
        lhs.id == rhs.id && lhs.domain == rhs.domain && lhs.topic == rhs.topic && lhs.difficulty == rhs.difficulty
            && lhs.asOf == rhs.asOf && lhs.shuffle == rhs.shuffle && lhs.tags == rhs.tags && lhs.location == rhs.location
            && lhs.text.held == rhs.text.held
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(domain)
        hasher.combine(topic)
        hasher.combine(difficulty)
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

extension Array where Element == Choice {
    /// Index of the correct choice in this order; validated banks have exactly one.
    public var correctIndex: Int {
        firstIndex(where: \.isCorrect) ?? 0
    }
}
