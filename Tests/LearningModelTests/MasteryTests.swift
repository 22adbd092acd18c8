import ExamEngine
@testable import LearningModel
import Testing

func answer(_ domain: String, _ correct: Bool, at time: Double) -> AnswerEvent {
    AnswerEvent(attemptID: 1, questionID: "q", domain: domain, topic: "t", correct: correct, answeredAt: time, timeSpent: 30, unsure: false, kind: .exam)
}

@Suite("Mastery estimates")
struct MasteryTests {
    @Test("Beta CDF and quantiles match known values")
    func beta() {
        #expect(abs(BetaDistribution.cdf(0.5, alpha: 1, beta: 1) - 0.5) < 1e-9)
        #expect(abs(BetaDistribution.cdf(0.3, alpha: 2, beta: 1) - 0.09) < 1e-9)
        // Beta(2,5) median ≈ 0.26445.
        #expect(abs(BetaDistribution.quantile(0.5, alpha: 2, beta: 5) - 0.26445) < 1e-4)
    }

    @Test("no answers reads as 50 % with a wide interval; many right answers read high and narrow")
    func estimates() {
        let now = 1_000_000.0
        let many = (0..<40).map { answer("a", $0 % 10 != 0, at: now) }
        let result = MasteryEstimator.estimate(many, keys: ["a", "b"], by: \.domain, now: now, answerHalfLife: .infinity)
        #expect(result[1].mean == 0.5 && result[1].answers == 0)
        #expect(result[1].upper - result[1].lower > 0.8)
        #expect(abs(result[0].mean - 37.0 / 42.0) < 1e-9)
        #expect(result[0].correct == 36 && result[0].answers == 40)
        #expect(result[0].upper - result[0].lower < 0.25)
        #expect(result[0].lower < result[0].mean && result[0].mean < result[0].upper)
    }

    @Test("old answers weigh less than recent ones")
    func recency() {
        let now = 100 * 86_400.0
        let old = (0..<10).map { _ in answer("a", false, at: 0) }
        let recent = (0..<10).map { _ in answer("a", true, at: now) }
        let mean = MasteryEstimator.estimate(old + recent, keys: ["a"], by: \.domain, now: now)[0].mean
        #expect(mean > 0.8)
    }

    @Test("a run of recent right answers outweighs earlier misses in the same area")
    func answerRecency() {
        let now = 1_000_000.0
        let history = (0..<40).map { answer("a", $0 >= 20, at: now) }
        let decayed = MasteryEstimator.estimate(history, keys: ["a"], by: \.domain, now: now)[0].mean
        let flat = MasteryEstimator.estimate(history, keys: ["a"], by: \.domain, now: now, answerHalfLife: .infinity)[0].mean
        #expect(abs(flat - 0.5) < 1e-9)
        #expect(decayed > 0.55)
    }
}

@Suite("Beta quantiles")
struct BetaQuantileTests {
    /// The former method: 60 halvings of [0, 1].
    func bisection(_ p: Double, _ a: Double, _ b: Double) -> Double {
        var low = 0.0, high = 1.0
        for _ in 0..<60 {
            let mid = (low + high) / 2
            if BetaDistribution.cdf(mid, alpha: a, beta: b) < p { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }

    @Test("Newton's quantiles agree with bisection across shapes")
    func agree() {
        for a in [1.0, 1.000_01, 1.7, 3.2, 12.5, 80, 900, 4_000] {
            for b in [1.0, 1.3, 2.9, 15, 120, 1_500] {
                for p in [0.001, 0.05, 0.5, 0.95, 0.999] {
                    let found = BetaDistribution.quantile(p, alpha: a, beta: b)
                    #expect(abs(found - bisection(p, a, b)) < 1e-12, "a \(a) b \(b) p \(p)")
                }
            }
        }
    }
}

@Suite("Seeded uniform draws")
struct UniformDrawTests {
    @Test("uniform draws lie in [0, 1), repeat from a seed, and average one half")
    func uniform() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42)
        var sum = 0.0
        for _ in 0..<100_000 {
            let x = Sampling.unit(&a)
            #expect(x >= 0 && x < 1)
            #expect(x == Sampling.unit(&b))
            sum += x
        }
        #expect(abs(sum / 100_000 - 0.5) < 0.005)
    }
}
