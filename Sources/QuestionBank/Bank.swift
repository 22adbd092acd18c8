/// Everything loaded from one or more bank folders: domains, questions and blueprints.
///
/// A bank read from the cache (``BankCache``) has everything a first screen needs — domains,
/// blueprints, the content hash, and how many questions each topic has — at once, and decodes
/// its questions later: on another thread after ``prefetchQuestions()``, or at the first use of
/// ``questions`` or ``question(_:)``.
public struct Bank: Sendable {
    public let domains: [Domain]
    public let blueprints: [Blueprint]
    /// Digest of every file read, in a stable order; exams are reproducible per hash and seed.
    public let contentHash: ContentHash
    /// Questions per topic, in order of each topic's first question.
    public let topicCounts: [TopicCount]
    /// How many questions there are (known before they are decoded).
    public let questionCount: Int
    private let storage: QuestionStorage

    public init(domains: [Domain] = [], questions: [Question] = [], blueprints: [Blueprint] = [], contentHash: ContentHash = ContentHash()) {
        self.domains = domains
        self.blueprints = blueprints
        self.contentHash = contentHash
        topicCounts = TopicCount.count(questions)
        questionCount = questions.count
        storage = QuestionStorage(questions: questions)
    }

    /// A bank whose questions are produced by `decode` when first needed (or prefetched).
    ///
    /// `topicCounts` and `questionCount` must describe exactly what `decode` returns.
    public init(domains: [Domain], blueprints: [Blueprint], contentHash: ContentHash, topicCounts: [TopicCount],
                questionCount: Int, decode: @escaping @Sendable () -> [Question]) {
        self.domains = domains
        self.blueprints = blueprints
        self.contentHash = contentHash
        self.topicCounts = topicCounts
        self.questionCount = questionCount
        storage = QuestionStorage(decode: decode)
    }

    /// Starts decoding the questions on another thread, if they are not ready yet.
    public func prefetchQuestions() {
        storage.prefetch()
    }

    /// Every question, in bank order (decoded first, or waited for, if not ready yet).
    public var questions: [Question] { storage.loaded.questions }

    public func domain(_ id: String) -> Domain? {
        domains.first { $0.id == id }
    }

    public func blueprint(_ id: String) -> Blueprint? {
        blueprints.first { $0.id == id }
    }

    public func question(_ id: String) -> Question? {
        let loaded = storage.loaded
        return loaded.index[id].map { loaded.questions[$0] }
    }

    /// How many different question ids there are (fewer than ``questionCount`` when one repeats).
    var distinctIDCount: Int {
        storage.loaded.index.count
    }

    /// Display name of a domain, falling back to its id.
    public func domainName(_ id: String) -> String {
        domain(id)?.name ?? id
    }

    /// Topics of a domain in the order they first appear.
    public func topics(in domain: String) -> [String] {
        topicCounts.filter { $0.domain == domain }.map(\.topic)
    }
}

/// How many questions one topic of one domain has.
public struct TopicCount: Sendable, Hashable {
    public var domain: String
    public var topic: String
    public var count: Int

    public init(domain: String, topic: String, count: Int) {
        self.domain = domain
        self.topic = topic
        self.count = count
    }

    /// The topics of `questions` in order of first appearance, with their question counts.
    static func count(_ questions: [Question]) -> [TopicCount] {
        var position: [String: [String: Int]] = [:]
        var counts: [TopicCount] = []
        // By index: passing each question by value would retain and release all its fields.
        for index in questions.indices {
            let domain = questions[index].domain, topic = questions[index].topic
            if let at = position[domain]?[topic] {
                counts[at].count += 1
            } else {
                position[domain, default: [:]][topic] = counts.count
                counts.append(TopicCount(domain: domain, topic: topic, count: 1))
            }
        }
        return counts
    }
}
