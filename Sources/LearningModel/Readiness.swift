import ExamEngine
import Foundation
import QuestionBank

/// How ready the learner is for one blueprint: the expected score and the chance of passing.
public struct Readiness: Sendable, Hashable, Codable {
    public var blueprintID: String
    /// Expected percentage on a fresh exam of this blueprint.
    public var predictedPercent: Double
    /// 90 % interval of the expected percentage.
    public var lowerPercent: Double
    public var upperPercent: Double
    /// Probability of reaching the pass mark, counting both what is unknown about the learner
    /// and the luck of which questions come up.
    public var passProbability: Double
    /// 90 % interval of the pass probability across plausible learners.
    public var passLower: Double
    public var passUpper: Double
    /// Answers behind the estimate; below a few dozen the interval is wide.
    public var answers: Int

    public init(blueprintID: String, predictedPercent: Double, lowerPercent: Double, upperPercent: Double,
                passProbability: Double, passLower: Double, passUpper: Double, answers: Int) {
        self.blueprintID = blueprintID
        self.predictedPercent = predictedPercent
        self.lowerPercent = lowerPercent
        self.upperPercent = upperPercent
        self.passProbability = passProbability
        self.passLower = passLower
        self.passUpper = passUpper
        self.answers = answers
    }
}

/// Predicts exam scores from per-domain mastery by simulation.
///
/// Each draw picks a plausible mastery for every bank domain from its Beta posterior, weights
/// the domains by the blueprint's shares (a share fed by several domains averages them by their
/// question counts), and sits a simulated exam of the blueprint's length. The share of draws that
/// pass is the pass probability; its spread over groups of draws gives the interval.
public enum ReadinessEstimator {
    public static func estimate(
        _ blueprint: Blueprint, bank: Bank, domainMastery: [MasteryEstimate], draws: Int = 2000, seed: UInt64 = 0x5EED
    ) -> Readiness {
        let counts = bank.questionCountsByDomain()
        // Domains by their position in `domainMastery`, so a draw is an array, not a dictionary.
        var position: [String: Int] = [:]
        for (index, estimate) in domainMastery.enumerated() where position[estimate.key] == nil { position[estimate.key] = index }
        let shares = blueprint.allocation().filter { $0.count > 0 }.map { share in
            let feeding = bank.domains(feeding: share.key, of: blueprint).map { (index: position[$0], weight: Double(counts[$0, default: 0])) }
            return (count: share.count, domains: feeding, weight: feeding.reduce(0) { $0 + $1.weight })
        }
        let total = shares.reduce(0) { $0 + $1.count }
        var sampler = Sampling(seed: seed)
        var expected: [Double] = []
        var passes: [Bool] = []
        expected.reserveCapacity(draws)
        passes.reserveCapacity(draws)
        let needed = Int((blueprint.passPercent / 100 * Double(total)).rounded(.up))
        var sampled = [Double](repeating: 0.5, count: domainMastery.count)
        // Where each estimate's draw goes: a repeated key keeps its last draw.
        let slots = domainMastery.map { position[$0.key]! }
        let shapes = domainMastery.map { (alpha: $0.alpha, beta: $0.beta) }
        for _ in 0..<draws {
            for index in shapes.indices {
                sampled[slots[index]] = sampler.beta(shapes[index].alpha, shapes[index].beta)
            }
            var score = 0.0
            var correct = 0
            for share in shares {
                var p = 0.5
                if share.weight != 0 {
                    p = share.domains.reduce(0) { $0 + ($1.index.map { sampled[$0] } ?? 0.5) * $1.weight } / share.weight
                }
                score += p * Double(share.count)
                correct += sampler.binomial(share.count, p)
            }
            expected.append(total == 0 ? 0 : score / Double(total) * 100)
            passes.append(correct >= needed)
        }
        expected.sort()
        let groups = 20
        let perGroup = max(1, draws / groups)
        var groupRates = (0..<groups).map { g in
            Double(passes[(g * perGroup)..<min(draws, (g + 1) * perGroup)].filter { $0 }.count) / Double(perGroup)
        }
        groupRates.sort()
        let mean = expected.reduce(0, +) / Double(max(1, expected.count))
        return Readiness(
            blueprintID: blueprint.id, predictedPercent: mean,
            lowerPercent: quantile(expected, 0.05), upperPercent: quantile(expected, 0.95),
            passProbability: Double(passes.filter { $0 }.count) / Double(max(1, draws)),
            passLower: quantile(groupRates, 0.05), passUpper: quantile(groupRates, 0.95),
            answers: domainMastery.reduce(0) { $0 + $1.answers }
        )
    }

    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down)), high = min(sorted.count - 1, low + 1)
        return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
    }
}
