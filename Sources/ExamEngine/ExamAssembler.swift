import QuestionBank

/// Why an exam could not be assembled, in words a learner can act on.
public enum AssemblyError: Error, Equatable, CustomStringConvertible {
    case notEnoughQuestions(share: String, needed: Int, available: Int)
    case unknownQuestion(String)
    case empty

    public var description: String {
        switch self {
        case let .notEnoughQuestions(share, needed, available):
            "not enough questions for '\(share)': the exam needs \(needed), the banks have \(available) that fit"
        case let .unknownQuestion(id):
            "question '\(id)' is not in the loaded banks"
        case .empty:
            "the exam would have no questions; choose other domains, topics or difficulties"
        }
    }
}

/// Builds the question list of an exam: weighted shares, no repeats, unseen questions first.
public enum ExamAssembler {
    /// Assembles an exam. The same spec, bank content, history and seed give the same exam.
    ///
    /// - Parameter lastSeen: when each question was last answered (any increasing number,
    ///   such as seconds since 1970); questions not in it have never been seen and come first.
    public static func assemble(
        _ spec: ExamSpec, from bank: Bank, lastSeen: [String: Double] = [:], seed: UInt64
    ) throws -> [ExamItem] {
        var rng = SeededGenerator(seed: seed ^ bank.contentHash.value)
        // An adaptive session starts empty and grows one chosen question at a time.
        if spec.isAdaptive { return [] }
        if let ids = spec.questionIDs {
            return try ids.map { id in
                guard let question = bank.question(id) else { throw AssemblyError.unknownQuestion(id) }
                return item(for: question, share: question.domain, rng: &rng)
            }
        }
        guard spec.questionCount > 0 else { throw AssemblyError.empty }
        let eligible = bank.questions.filter { question in
            (spec.difficulties.isEmpty || spec.difficulties.contains(question.difficulty))
                && (spec.topic == nil || question.topic == spec.topic)
        }
        var used = Set<String>()
        var chosen: [(question: Question, share: String)] = []
        // Fill the most constrained shares first so that overlapping pools do not starve them.
        let pools = spec.shares.map { share in
            (share, eligible.filter { share.domains.contains($0.domain) })
        }
        for (share, pool) in pools.sorted(by: { $0.1.count - $0.0.count < $1.1.count - $1.0.count }) {
            let candidates = orderedByFreshness(pool.filter { !used.contains($0.id) }, lastSeen: lastSeen, rng: &rng)
            guard candidates.count >= share.count else {
                throw AssemblyError.notEnoughQuestions(share: share.key, needed: share.count, available: candidates.count)
            }
            for question in candidates.prefix(share.count) {
                used.insert(question.id)
                chosen.append((question, share.key))
            }
        }
        chosen.shuffle(using: &rng)
        return chosen.map { item(for: $0.question, share: $0.share, rng: &rng) }
    }

    /// Never-seen questions first (in random order), then the least recently seen.
    static func orderedByFreshness(_ pool: [Question], lastSeen: [String: Double], rng: inout SeededGenerator) -> [Question] {
        let shuffled = pool.sorted { $0.id < $1.id }.shuffled(using: &rng)
        let ranked = shuffled.enumerated().map { (offset: $0.offset, question: $0.element, seen: lastSeen[$0.element.id]) }
        return ranked.sorted { a, b in
            switch (a.seen, b.seen) {
            case (nil, nil): a.offset < b.offset
            case (nil, _): true
            case (_, nil): false
            case let (x?, y?): x != y ? x < y : a.offset < b.offset
            }
        }.map(\.question)
    }

    public static func item(for question: Question, share: String, rng: inout SeededGenerator) -> ExamItem {
        var order = Array(question.choices.indices)
        if question.shuffle { order.shuffle(using: &rng) }
        return ExamItem(questionID: question.id, domain: question.domain, shareKey: share, choiceOrder: order)
    }
}
