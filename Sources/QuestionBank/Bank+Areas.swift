extension Bank {
    /// Every topic of every domain, as (domain, topic): domains in bank order, topics in order of
    /// first appearance, exactly what ``topics(in:)`` gives per domain, in one pass.
    public func topicAreas() -> [(domain: String, topic: String)] {
        var topics: [String: [String]] = [:]
        var seen: [String: Set<String>] = [:]
        for question in questions where seen[question.domain, default: []].insert(question.topic).inserted {
            topics[question.domain, default: []].append(question.topic)
        }
        return domains.flatMap { domain in (topics[domain.id] ?? []).map { (domain.id, $0) } }
    }
}
