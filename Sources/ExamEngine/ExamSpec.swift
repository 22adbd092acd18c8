import QuestionBank

/// How a session behaves: a timed exam reveals nothing until submit; tutor reveals each answer.
public enum ExamMode: String, Sendable, Hashable, Codable, CaseIterable {
    case exam
    case tutor
}

/// Why a session exists, for history and for which questions count as "seen".
public enum ExamKind: String, Sendable, Hashable, Codable, CaseIterable {
    case exam, practice, drill, review
}

/// One share of an exam: a label (outline or bank domain), how many questions, and where from.
public struct ExamShare: Sendable, Hashable, Codable {
    public var key: String
    public var count: Int
    /// Bank domain ids whose questions may fill this share.
    public var domains: [String]

    public init(key: String, count: Int, domains: [String]) {
        self.key = key
        self.count = count
        self.domains = domains
    }
}

/// Everything needed to assemble and run one exam, independent of where it came from.
public struct ExamSpec: Sendable, Hashable, Codable {
    public var title: String
    public var kind: ExamKind
    public var mode: ExamMode
    public var blueprintID: String?
    public var shares: [ExamShare]
    /// Seconds allowed, or nil for untimed.
    public var timeLimit: Double?
    public var passPercent: Double
    /// Only these difficulties (empty means all).
    public var difficulties: Set<Int>
    /// Only this topic (nil means all topics of the shares' domains).
    public var topic: String?
    /// When set, exactly these questions in this order (review of missed questions).
    public var questionIDs: [String]?
    /// An adaptive drill: one question at a time, each chosen after the previous answer.
    /// Optional so that attempts saved before it existed still decode.
    public var adaptive: Bool?

    public var isAdaptive: Bool { adaptive == true }

    public init(
        title: String, kind: ExamKind, mode: ExamMode, blueprintID: String? = nil, shares: [ExamShare],
        timeLimit: Double?, passPercent: Double, difficulties: Set<Int> = [], topic: String? = nil,
        questionIDs: [String]? = nil
    ) {
        self.title = title
        self.kind = kind
        self.mode = mode
        self.blueprintID = blueprintID
        self.shares = shares
        self.timeLimit = timeLimit
        self.passPercent = passPercent
        self.difficulties = difficulties
        self.topic = topic
        self.questionIDs = questionIDs
    }

    public var questionCount: Int { questionIDs?.count ?? shares.reduce(0) { $0 + $1.count } }

    /// A timed exam (or tutor practice) following a blueprint's counts, time and pass mark.
    public static func blueprint(_ blueprint: Blueprint, in bank: Bank, mode: ExamMode = .exam) -> ExamSpec {
        let shares = blueprint.allocation().map {
            ExamShare(key: $0.key, count: $0.count, domains: bank.domains(feeding: $0.key, of: blueprint))
        }
        return ExamSpec(
            title: blueprint.name, kind: mode == .exam ? .exam : .practice, mode: mode,
            blueprintID: blueprint.id, shares: shares,
            timeLimit: mode == .exam && blueprint.minutes > 0 ? Double(blueprint.minutes * 60) : nil,
            passPercent: blueprint.passPercent
        )
    }

    /// A custom exam: `count` questions spread evenly over `domains` (all when empty),
    /// moving any share a small domain cannot fill to the others.
    public static func custom(
        count: Int, minutes: Int?, domains: [String], difficulties: Set<Int> = [], topic: String? = nil,
        mode: ExamMode, kind: ExamKind? = nil, passPercent: Double = 70, title: String? = nil, in bank: Bank
    ) -> ExamSpec {
        let chosen = domains.isEmpty ? bank.domains.map(\.id) : domains
        let available = chosen.map { domain in
            bank.questions.filter {
                $0.domain == domain && (difficulties.isEmpty || difficulties.contains($0.difficulty))
                    && (topic == nil || $0.topic == topic)
            }.count
        }
        let counts = evenSplit(total: count, capacities: available)
        let shares = zip(chosen, counts).map { ExamShare(key: $0, count: $1, domains: [$0]) }.filter { $0.count > 0 }
        let defaultTitle = topic ?? (chosen.count == 1 ? bank.domainName(chosen[0]) : "Custom exam")
        return ExamSpec(
            title: title ?? defaultTitle, kind: kind ?? (mode == .exam ? .exam : .practice), mode: mode,
            shares: shares, timeLimit: minutes.flatMap { $0 > 0 ? Double($0 * 60) : nil },
            passPercent: passPercent, difficulties: difficulties, topic: topic
        )
    }

    /// Splits `total` as evenly as capacities allow, by largest remainder, never past a capacity.
    public static func evenSplit(total: Int, capacities: [Int]) -> [Int] {
        var counts = [Int](repeating: 0, count: capacities.count)
        var left = min(total, capacities.reduce(0, +))
        while left > 0 {
            let open = capacities.indices.filter { counts[$0] < capacities[$0] }
            guard !open.isEmpty else { break }
            let split = Blueprint.largestRemainder(total: left, weights: open.map { _ in 1.0 })
            for (index, extra) in zip(open, split) {
                let add = min(extra, capacities[index] - counts[index])
                counts[index] += add
                left -= add
            }
        }
        return counts
    }
}
