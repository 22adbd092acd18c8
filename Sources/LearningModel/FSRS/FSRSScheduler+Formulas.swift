import Foundation

/// The FSRS-6 formulas, one function each.
///
/// Every expression keeps the operand order and the `e ** x` form of the reference
/// implementation (`pow(e, x)`, not `exp(x)`), so results agree to the last bit or nearly.
extension FSRSScheduler {
    /// Euler's number as the reference implementation spells it (`math.e`).
    static let euler = 2.718281828459045

    private var w: [Double] { parameters.weights }

    /// Stability after a card's first review: w0…w3 by rating.
    public func initialStability(_ rating: FSRSRating) -> Double {
        clampStability(w[rating.rawValue - 1])
    }

    /// Difficulty after a card's first review: w4 − e^(w5·(rating − 1)) + 1, optionally clamped to 1…10.
    public func initialDifficulty(_ rating: FSRSRating, clamped: Bool = true) -> Double {
        let difficulty = w[4] - pow(Self.euler, w[5] * Double(rating.rawValue - 1)) + 1
        return clamped ? clampDifficulty(difficulty) : difficulty
    }

    /// Difficulty after a review: a linearly damped step of −w6·(rating − 3), then a w7 pull
    /// towards the initial difficulty of an Easy first review.
    public func nextDifficulty(_ difficulty: Double, rating: FSRSRating) -> Double {
        let target = initialDifficulty(.easy, clamped: false)
        let delta = -(w[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return clampDifficulty(w[7] * target + (1 - w[7]) * damped)
    }

    /// Stability after a review less than a day after the previous one.
    ///
    /// The increase e^(w17·(rating − 3 + w18))·S^(−w19) is at least 1 unless the rating is Again.
    public func shortTermStability(_ stability: Double, rating: FSRSRating) -> Double {
        var increase = pow(Self.euler, w[17] * (Double(rating.rawValue - 3) + w[18])) * pow(stability, -w[19])
        if rating != .again {
            increase = max(increase, 1.0)
        }
        return clampStability(stability * increase)
    }

    /// Stability after a review a day or more after the previous one, at retrievability `r`.
    public func nextStability(difficulty: Double, stability: Double, retrievability r: Double, rating: FSRSRating) -> Double {
        let next = rating == .again
            ? forgetStability(difficulty: difficulty, stability: stability, retrievability: r)
            : recallStability(difficulty: difficulty, stability: stability, retrievability: r, rating: rating)
        return clampStability(next)
    }

    /// Post-lapse stability: the long-term formula, capped by S / e^(w17·w18).
    public func forgetStability(difficulty: Double, stability: Double, retrievability r: Double) -> Double {
        let longTerm = w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
            * pow(Self.euler, (1 - r) * w[14])
        let shortTerm = stability / pow(Self.euler, w[17] * w[18])
        return min(longTerm, shortTerm)
    }

    /// Stability after a successful recall: S·(1 + e^w8·(11 − D)·S^(−w9)·(e^((1 − R)·w10) − 1)·penalty·bonus).
    public func recallStability(difficulty: Double, stability: Double, retrievability r: Double, rating: FSRSRating) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return stability * (1 + pow(Self.euler, w[8]) * (11 - difficulty) * pow(stability, -w[9])
            * (pow(Self.euler, (1 - r) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    /// Whole days until retrievability falls to the desired retention: rounded half to even,
    /// at least 1 and at most the maximum interval.
    public func nextInterval(stability: Double) -> Int {
        let days = (stability / factor) * (pow(parameters.desiredRetention, 1 / decay) - 1)
        return Int(min(max(days.rounded(.toNearestOrEven), 1), Double(parameters.maximumInterval)))
    }

    func clampStability(_ stability: Double) -> Double {
        max(stability, FSRSParameters.minimumStability)
    }

    func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, 1.0), 10.0)
    }
}
