import Foundation

/// Builds one area's mastery from its answers fed newest first, and says when the rest can be skipped.
///
/// It applies exactly the weights of ``MasteryEstimator/estimate(_:keys:by:now:halfLifeDays:answerHalfLife:)``,
/// in the same order, so over the same answers the result is the same. Because an answer's
/// weight halves with every `answerHalfLife` newer answers of its area (and with age), all
/// answers older than the last one added together weigh at most
/// `0.5^(age/halfLife) × 0.5^(n/answerHalfLife) / (1 − 0.5^(1/answerHalfLife))`; once that is
/// below ``negligibleWeight`` the older answers cannot change the estimate (the posterior's
/// parameters are at least 1), so a store can stop reading after at most about 1,450 answers
/// per area (fewer when they are old) however long the history grows.
public struct MasteryAccumulator: Sendable {
    /// Total weight below which older answers are left out: a billionth of the prior's weight of 1,
    /// so the mean moves by less than 5e-10.
    public static let negligibleWeight = 1e-9

    public private(set) var now: Double
    public let halfLifeDays: Double
    public let answerHalfLife: Double
    /// Recency-weighted right and wrong answers so far.
    public private(set) var right = 0.0
    public private(set) var wrong = 0.0
    /// Answers added so far (the rank of the next one).
    public private(set) var added = 0
    private var lastAgeDays = 0.0
    /// `pow(0.5, rank / answerHalfLife)` for the ranks that can matter (see ``rankWeights(answerHalfLife:)``).
    private let rankWeights: [Double]

    /// - Parameter rankWeights: the table from ``rankWeights(answerHalfLife:)``, to share one among
    ///   the accumulators of a computation; worked out here when not given.
    public init(now: Double, halfLifeDays: Double = MasteryEstimator.defaultHalfLifeDays,
                answerHalfLife: Double = MasteryEstimator.defaultAnswerHalfLife, rankWeights: [Double]? = nil) {
        self.now = now
        self.halfLifeDays = halfLifeDays
        self.answerHalfLife = answerHalfLife
        self.rankWeights = rankWeights ?? Self.rankWeights(answerHalfLife: answerHalfLife)
    }

    /// An accumulator restored from a saved state (`right`, `wrong` and `added` as they were at `now`).
    public init(now: Double, right: Double, wrong: Double, added: Int,
                halfLifeDays: Double = MasteryEstimator.defaultHalfLifeDays,
                answerHalfLife: Double = MasteryEstimator.defaultAnswerHalfLife, rankWeights: [Double]? = nil) {
        self.init(now: now, halfLifeDays: halfLifeDays, answerHalfLife: answerHalfLife, rankWeights: rankWeights)
        self.right = right
        self.wrong = wrong
        self.added = added
    }

    /// The same answers seen from a later instant.
    ///
    /// Every answer ages by the same time, so every weight, and both sums, shrink by the same
    /// factor; the ranks do not change. Exact as long as no answer is newer than the earlier
    /// instant (ages are never negative).
    public func carried(to later: Double) -> MasteryAccumulator {
        var copy = self
        let factor = pow(0.5, max(0, later - now) / 86_400 / halfLifeDays)
        copy.right *= factor
        copy.wrong *= factor
        copy.now = max(now, later)
        return copy
    }

    /// The rank factors up to the rank where an area is settled whatever its answers' ages:
    /// the same values ``MasteryEstimator`` computes, worked out once instead of once per answer.
    public static func rankWeights(answerHalfLife: Double) -> [Double] {
        let step = pow(0.5, 1 / answerHalfLife)
        // Without decay by rank (an infinite half-life) no table helps and no area settles by rank.
        guard step > 0, step < 1 else { return [] }
        let last = Int((answerHalfLife * log2(1 / (negligibleWeight * (1 - step)))).rounded(.up)) + 16
        return (0...max(0, last)).map { pow(0.5, Double($0) / answerHalfLife) }
    }

    /// The interval of an area without answers, Beta(1, 1), worked out once.
    static let priorInterval = BetaDistribution.credibleInterval(alpha: 1, beta: 1, mass: 0.9)

    /// Adds the next answer; each must be no newer than the one before.
    public mutating func add(correct: Bool, answeredAt: Double) {
        let ageDays = max(0, now - answeredAt) / 86_400
        let rankWeight = added < rankWeights.count ? rankWeights[added] : pow(0.5, Double(added) / answerHalfLife)
        let weight = pow(0.5, ageDays / halfLifeDays) * rankWeight
        if correct { right += weight } else { wrong += weight }
        added += 1
        lastAgeDays = ageDays
    }

    /// True when all older answers together weigh less than ``negligibleWeight``.
    ///
    /// Cheap enough to ask after every answer: the bound is only worked out every 16 answers.
    public var isSettled: Bool {
        guard added > 0, added % 16 == 0 else { return false }
        let step = pow(0.5, 1 / answerHalfLife)
        let bound = pow(0.5, lastAgeDays / halfLifeDays) * pow(0.5, Double(added) / answerHalfLife) / (1 - step)
        return bound < Self.negligibleWeight
    }

    /// The area's estimate; `answers` and `correct` are its unweighted totals over all history.
    public func estimate(key: String, answers: Int, correct: Int) -> MasteryEstimate {
        let a = 1 + right, b = 1 + wrong
        let (lower, upper) = added == 0 ? Self.priorInterval : BetaDistribution.credibleInterval(alpha: a, beta: b, mass: 0.9)
        return MasteryEstimate(key: key, mean: a / (a + b), lower: lower, upper: upper, answers: answers, correct: correct, alpha: a, beta: b)
    }
}
