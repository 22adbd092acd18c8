import ExamEngine
import Foundation

/// Random draws from the distributions the readiness model needs, from a seeded generator.
enum Sampling {
    /// A standard normal draw (Box–Muller).
    static func normal(_ rng: inout SeededGenerator) -> Double {
        let u1 = max(Double.leastNonzeroMagnitude, Double.random(in: 0..<1, using: &rng))
        let u2 = Double.random(in: 0..<1, using: &rng)
        return sqrt(-2 * log(u1)) * cos(2 * .pi * u2)
    }

    /// A Gamma(shape, 1) draw by Marsaglia and Tsang's method.
    static func gamma(shape: Double, _ rng: inout SeededGenerator) -> Double {
        if shape < 1 {
            let u = Double.random(in: Double.leastNonzeroMagnitude..<1, using: &rng)
            return gamma(shape: shape + 1, &rng) * pow(u, 1 / shape)
        }
        let d = shape - 1.0 / 3.0, c = 1 / sqrt(9 * d)
        while true {
            var x: Double, v: Double
            repeat {
                x = normal(&rng)
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = Double.random(in: 0..<1, using: &rng)
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    /// A Beta(a, b) draw as a ratio of Gamma draws.
    static func beta(_ a: Double, _ b: Double, _ rng: inout SeededGenerator) -> Double {
        let x = gamma(shape: a, &rng), y = gamma(shape: b, &rng)
        return x + y == 0 ? 0.5 : x / (x + y)
    }

    /// Number of successes in `n` independent trials of probability `p`.
    static func binomial(_ n: Int, _ p: Double, _ rng: inout SeededGenerator) -> Int {
        var k = 0
        for _ in 0..<n where Double.random(in: 0..<1, using: &rng) < p { k += 1 }
        return k
    }
}
