import ExamEngine
import Foundation

/// Random draws from the distributions the readiness model needs, from a seeded generator.
struct Sampling {
    var rng: SeededGenerator
    /// Box–Muller gives two independent normal draws; the second waits here for the next call.
    private var spare: Double?

    init(seed: UInt64) {
        rng = SeededGenerator(seed: seed)
    }

    /// A uniform draw in [0, 1) from the top 53 bits of one generator output, without the
    /// generic range arithmetic of `Double.random(in:using:)`.
    @inline(__always)
    static func unit(_ rng: inout SeededGenerator) -> Double {
        Double(rng.next() >> 11) * 0x1p-53
    }

    @inline(__always)
    mutating func unit() -> Double { Self.unit(&rng) }

    /// A standard normal draw (Box–Muller, both values used).
    mutating func normal() -> Double {
        if let value = spare {
            spare = nil
            return value
        }
        let u1 = max(Double.leastNonzeroMagnitude, unit())
        let u2 = unit()
        let radius = sqrt(-2 * log(u1)), angle = 2 * .pi * u2
        spare = radius * sin(angle)
        return radius * cos(angle)
    }

    /// A Gamma(shape, 1) draw by Marsaglia and Tsang's method.
    mutating func gamma(shape: Double) -> Double {
        if shape < 1 {
            let u = Double.random(in: Double.leastNonzeroMagnitude..<1, using: &rng)
            return gamma(shape: shape + 1) * pow(u, 1 / shape)
        }
        let d = shape - 1.0 / 3.0, c = 1 / sqrt(9 * d)
        while true {
            var x: Double, v: Double
            repeat {
                x = normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = unit()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    /// A Beta(a, b) draw as a ratio of Gamma draws.
    mutating func beta(_ a: Double, _ b: Double) -> Double {
        let x = gamma(shape: a), y = gamma(shape: b)
        return x + y == 0 ? 0.5 : x / (x + y)
    }

    /// Number of successes in `n` independent trials of probability `p`.
    mutating func binomial(_ n: Int, _ p: Double) -> Int {
        var k = 0
        for _ in 0..<n where unit() < p { k += 1 }
        return k
    }
}
