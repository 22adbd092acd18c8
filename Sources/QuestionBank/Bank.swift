/// Everything loaded from one or more bank folders: domains, questions and blueprints.
public struct Bank: Sendable {
    public let domains: [Domain]
    public let questions: [Question]
    public let blueprints: [Blueprint]
    /// Digest of every file read, in a stable order; exams are reproducible per hash and seed.
    public let contentHash: ContentHash
    private let questionIndex: [String: Int]

    public init(domains: [Domain] = [], questions: [Question] = [], blueprints: [Blueprint] = [], contentHash: ContentHash = ContentHash()) {
        self.domains = domains
        self.questions = questions
        self.blueprints = blueprints
        self.contentHash = contentHash
        var index: [String: Int] = [:]
        for (offset, question) in questions.enumerated() where index[question.id] == nil {
            index[question.id] = offset
        }
        questionIndex = index
    }

    public func domain(_ id: String) -> Domain? {
        domains.first { $0.id == id }
    }

    public func blueprint(_ id: String) -> Blueprint? {
        blueprints.first { $0.id == id }
    }

    public func question(_ id: String) -> Question? {
        questionIndex[id].map { questions[$0] }
    }

    /// Display name of a domain, falling back to its id.
    public func domainName(_ id: String) -> String {
        domain(id)?.name ?? id
    }

    /// Topics of a domain in the order they first appear.
    public func topics(in domain: String) -> [String] {
        var seen = Set<String>()
        return questions.filter { $0.domain == domain }.compactMap { seen.insert($0.topic).inserted ? $0.topic : nil }
    }
}
