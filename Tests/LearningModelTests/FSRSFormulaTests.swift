import Foundation
import LearningModel
import Testing

// Expected values were worked out by hand from the FSRS-6 formulas with the default weights,
// in 40-digit decimal arithmetic.

private func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance * max(1, abs(b))
}

@Suite("FSRS formulas")
struct FSRSFormulaTests {
    let scheduler = try! FSRSScheduler()

    @Test("the forgetting curve gives 90 % after `stability` days")
    func curve() {
        #expect(close(scheduler.decay, -0.1542))
        #expect(close(scheduler.factor, 0.980346494413480045))
        let t0 = Date(timeIntervalSince1970: 1_767_225_600)
        let card = FSRSCard(state: .review, stability: 10, difficulty: 5, due: t0, lastReview: t0)
        #expect(close(scheduler.retrievability(of: card, at: t0 + 10 * 86_400), 0.9))
        #expect(close(scheduler.retrievability(of: card, at: t0 + 30 * 86_400), 0.80938810357317077))
        // Elapsed time counts in whole days: 10 days less a second is still 9 days.
        #expect(scheduler.retrievability(of: card, at: t0 + 10 * 86_400 - 1) > 0.9)
        #expect(scheduler.retrievability(of: card, at: t0) == 1)
        #expect(scheduler.retrievability(of: .new(due: t0), at: t0) == 0)
    }

    @Test("initial stability and difficulty, with difficulty clamped to 1…10")
    func initial() {
        #expect(FSRSRating.allCases.map { scheduler.initialStability($0) } == [0.212, 1.2931, 2.3065, 8.2956])
        #expect(close(scheduler.initialDifficulty(.again), 6.4133))
        #expect(close(scheduler.initialDifficulty(.hard), 5.1121707056010555))
        #expect(close(scheduler.initialDifficulty(.good), 2.1181039704590158))
        #expect(close(scheduler.initialDifficulty(.easy, clamped: false), -4.7716307031617375))
        #expect(scheduler.initialDifficulty(.easy) == 1)
    }

    @Test("next difficulty damps the step and reverts towards the unclamped Easy difficulty")
    func difficulty() {
        #expect(close(scheduler.nextDifficulty(5, rating: .again), 8.3417623692968383))
        #expect(close(scheduler.nextDifficulty(5, rating: .good), 4.9902283692968383))
        #expect(close(scheduler.nextDifficulty(5, rating: .easy), 3.3144613692968383))
        #expect(scheduler.nextDifficulty(1, rating: .easy) == 1)
        #expect(scheduler.nextDifficulty(9.99, rating: .again) <= 10)
    }

    @Test("short-term stability never falls on a pass and falls on Again")
    func shortTerm() {
        #expect(close(scheduler.shortTermStability(2, rating: .good), 2.0077488033666325))
        #expect(close(scheduler.shortTermStability(2, rating: .again), 0.67842190628555816))
        #expect(scheduler.shortTermStability(50, rating: .good) == 50)
    }

    @Test("long-term stability after a recall and after a lapse")
    func longTerm() {
        #expect(close(scheduler.recallStability(difficulty: 5, stability: 10, retrievability: 0.9, rating: .good), 32.026729481986708))
        #expect(close(scheduler.recallStability(difficulty: 5, stability: 10, retrievability: 0.9, rating: .hard), 23.246875110466806))
        #expect(close(scheduler.recallStability(difficulty: 5, stability: 10, retrievability: 0.9, rating: .easy), 51.253861646812905))
        #expect(close(scheduler.forgetStability(difficulty: 5, stability: 10, retrievability: 0.9), 1.3919869729546929))
        #expect(close(scheduler.nextStability(difficulty: 5, stability: 10, retrievability: 0.80938810357317077, rating: .again),
                      1.6162162872115181))
    }

    @Test("intervals are whole days between 1 and the maximum, scaled by the desired retention")
    func intervals() throws {
        #expect(scheduler.nextInterval(stability: 10) == 10)
        #expect(scheduler.nextInterval(stability: 7.4) == 7)
        // Halves round to even, as the reference's round() does.
        #expect([2.5, 3.5, 4.5, 12.5].map { scheduler.nextInterval(stability: $0) } == [2, 4, 4, 12])
        #expect(scheduler.nextInterval(stability: 0.01) == 1)
        #expect(scheduler.nextInterval(stability: 1e7) == 36_500)
        let lower = try FSRSScheduler(parameters: FSRSParameters(desiredRetention: 0.8, maximumInterval: 30))
        #expect(lower.nextInterval(stability: 10) == 30)
        let looser = try FSRSScheduler(parameters: FSRSParameters(desiredRetention: 0.8))
        #expect(looser.nextInterval(stability: 10) == 33)
    }

    @Test("settings out of range are refused with the offending value")
    func validation() {
        #expect(throws: FSRSParameterError("expected 21 parameters, got 20")) {
            try FSRSScheduler(parameters: FSRSParameters(weights: Array(FSRSParameters.defaultWeights.prefix(20))))
        }
        var weights = FSRSParameters.defaultWeights
        weights[20] = 0.9
        #expect(throws: FSRSParameterError("parameter w20 = 0.9 is outside [0.1, 0.8]")) {
            try FSRSScheduler(parameters: FSRSParameters(weights: weights))
        }
        #expect(throws: FSRSParameterError.self) { try FSRSScheduler(parameters: FSRSParameters(desiredRetention: 1)) }
        #expect(throws: FSRSParameterError.self) { try FSRSScheduler(parameters: FSRSParameters(learningSteps: [0])) }
        #expect(throws: FSRSParameterError.self) { try FSRSScheduler(parameters: FSRSParameters(maximumInterval: 0)) }
    }
}
