/// An exam recipe: how many questions, how long, the pass mark and the domain weights.
public struct Blueprint: Sendable, Hashable, Identifiable {
    /// One weighted share of an exam: an outline domain, or a bank domain id.
    public struct Weight: Sendable, Hashable {
        public var key: String
        public var weight: Double
        public init(key: String, weight: Double) {
            self.key = key
            self.weight = weight
        }
    }

    public var id: String
    public var name: String
    public var description: String
    public var questionCount: Int
    /// Time limit in minutes; 0 means untimed.
    public var minutes: Int
    public var passPercent: Double
    /// True when no pass mark is published and this one is an assumption.
    public var passMarkAssumed: Bool
    /// Outline key whose domains the weights name; nil when they name bank domains.
    public var outline: String?
    /// Weights in the order written, so reports follow the outline's order.
    public var weights: [Weight]
    public var location: SourceLocation?

    public init(
        id: String, name: String, description: String = "", questionCount: Int, minutes: Int,
        passPercent: Double, passMarkAssumed: Bool = false, outline: String? = nil,
        weights: [Weight], location: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.questionCount = questionCount
        self.minutes = minutes
        self.passPercent = passPercent
        self.passMarkAssumed = passMarkAssumed
        self.outline = outline
        self.weights = weights
        self.location = location
    }

    /// Seconds allowed per question, or nil for an untimed blueprint.
    public var secondsPerQuestion: Double? {
        guard minutes > 0, questionCount > 0 else { return nil }
        return Double(minutes * 60) / Double(questionCount)
    }

    /// Question counts per weight key, by largest-remainder rounding so they add up exactly.
    public func allocation() -> [(key: String, count: Int)] {
        let counts = Self.largestRemainder(total: questionCount, weights: weights.map(\.weight))
        return zip(weights, counts).map { ($0.key, $1) }
    }

    /// Splits `total` in proportion to `weights`; ties in remainders go to the earlier weight.
    public static func largestRemainder(total: Int, weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard total > 0, sum > 0 else { return weights.map { _ in 0 } }
        let quotas = weights.map { Double(total) * $0 / sum }
        var counts = quotas.map { Int($0.rounded(.down)) }
        let left = total - counts.reduce(0, +)
        let order = quotas.indices.sorted { a, b in
            let ra = quotas[a] - Double(counts[a]), rb = quotas[b] - Double(counts[b])
            return ra != rb ? ra > rb : a < b
        }
        for index in order.prefix(left) { counts[index] += 1 }
        return counts
    }
}
