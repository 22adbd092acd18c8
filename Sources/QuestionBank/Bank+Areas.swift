extension Bank {
    /// Every topic of every domain, as (domain, topic): domains in bank order, topics in order of
    /// first appearance, exactly what ``topics(in:)`` gives per domain.
    public func topicAreas() -> [(domain: String, topic: String)] {
        var topics: [String: [String]] = [:]
        for area in topicCounts { topics[area.domain, default: []].append(area.topic) }
        return domains.flatMap { domain in (topics[domain.id] ?? []).map { (domain.id, $0) } }
    }

    /// How many questions a domain has, or one topic of it.
    public func questionCount(domain: String, topic: String? = nil) -> Int {
        topicCounts.reduce(0) { $0 + ($1.domain == domain && (topic == nil || $1.topic == topic) ? $1.count : 0) }
    }
}
