import QuestionBank

/// Correct answers out of a total, with the percentage.
public struct ScoreLine: Sendable, Hashable, Codable {
    public var key: String
    public var name: String
    public var correct: Int
    public var total: Int

    public init(key: String, name: String, correct: Int, total: Int) {
        self.key = key
        self.name = name
        self.correct = correct
        self.total = total
    }

    public var percent: Double { total == 0 ? 0 : Double(correct) * 100 / Double(total) }
}

/// The result of a submitted session: overall, per share and per bank domain.
public struct ExamReport: Sendable, Hashable {
    public var overall: ScoreLine
    public var passPercent: Double
    /// Per blueprint share (outline domain), in the blueprint's order.
    public var byShare: [ScoreLine]
    /// Per bank domain, in the bank's order.
    public var byDomain: [ScoreLine]
    /// 0-based indices of questions left unanswered (scored wrong).
    public var unanswered: [Int]
    public var incorrect: [Int]
    public var flagged: [Int]
    public var timeUsed: Double
    /// Seconds on each question, in exam order.
    public var timePerQuestion: [Double]

    public var passed: Bool { overall.percent >= passPercent }
    public var averageTimePerQuestion: Double {
        timePerQuestion.isEmpty ? 0 : timeUsed / Double(timePerQuestion.count)
    }
}

/// Scores sessions: unanswered counts as wrong, and every figure comes from the responses.
public enum ExamScorer {
    /// Whether the response at `index` picked the correct choice.
    public static func isCorrect(_ session: ExamSession, _ index: Int, bank: Bank) -> Bool {
        guard let choice = session.responses[index].choice,
              let question = bank.question(session.items[index].questionID) else { return false }
        return question.choices.indices.contains(choice) && question.choices[choice].isCorrect
    }

    public static func report(_ session: ExamSession, bank: Bank, now: Double) -> ExamReport {
        let correct = session.items.indices.map { isCorrect(session, $0, bank: bank) }
        let overall = ScoreLine(key: "overall", name: "Overall", correct: correct.filter { $0 }.count, total: session.count)

        var shareKeys = session.spec.shares.map(\.key)
        for item in session.items where !shareKeys.contains(item.shareKey) { shareKeys.append(item.shareKey) }
        let byShare = shareKeys.compactMap { key -> ScoreLine? in
            let indices = session.items.indices.filter { session.items[$0].shareKey == key }
            guard !indices.isEmpty else { return nil }
            return ScoreLine(key: key, name: bank.domain(key)?.name ?? key,
                             correct: indices.filter { correct[$0] }.count, total: indices.count)
        }
        let byDomain = bank.domains.compactMap { domain -> ScoreLine? in
            let indices = session.items.indices.filter { session.items[$0].domain == domain.id }
            guard !indices.isEmpty else { return nil }
            return ScoreLine(key: domain.id, name: domain.name, correct: indices.filter { correct[$0] }.count, total: indices.count)
        }
        let answered = session.responses.map(\.isAnswered)
        return ExamReport(
            overall: overall,
            passPercent: session.spec.passPercent,
            byShare: byShare,
            byDomain: byDomain,
            unanswered: session.items.indices.filter { !answered[$0] },
            incorrect: session.items.indices.filter { answered[$0] && !correct[$0] },
            flagged: session.flaggedIndices,
            timeUsed: session.elapsed(at: now),
            timePerQuestion: session.responses.map(\.timeSpent)
        )
    }
}
