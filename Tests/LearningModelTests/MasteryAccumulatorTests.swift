import ExamEngine
import LearningModel
import Testing

@Suite("Mastery from answers read newest first")
struct MasteryAccumulatorTests {
    /// `count` answers in one area, oldest first, one every `spacing` seconds up to `now`.
    func history(_ count: Int, now: Double, spacing: Double = 600) -> [AnswerEvent] {
        (0..<count).map { i in
            answer("a", (i * 7919) % 10 < 7, at: now - Double(count - 1 - i) * spacing)
        }
    }

    func accumulate(_ answers: [AnswerEvent], now: Double, stopping: Bool, answerHalfLife: Double = MasteryEstimator.defaultAnswerHalfLife) -> MasteryAccumulator {
        var accumulator = MasteryAccumulator(now: now, answerHalfLife: answerHalfLife)
        for answer in answers.reversed() {
            accumulator.add(correct: answer.correct, answeredAt: answer.answeredAt)
            if stopping, accumulator.isSettled { break }
        }
        return accumulator
    }

    @Test("all answers fed newest first give the estimator's result")
    func sameAsEstimator() {
        let now = 2_000_000_000.0
        let answers = history(300, now: now)
        let reference = MasteryEstimator.estimate(answers, keys: ["a"], by: \.domain, now: now)[0]
        let estimate = accumulate(answers, now: now, stopping: false).estimate(key: "a", answers: 300, correct: reference.correct)
        #expect(estimate == reference)
    }

    @Test("a long history stops after the answers that still weigh, within 1e-9 of all of them")
    func stopsEarly() {
        let now = 2_000_000_000.0
        let answers = history(5_000, now: now)
        let reference = MasteryEstimator.estimate(answers, keys: ["a"], by: \.domain, now: now)[0]
        let accumulator = accumulate(answers, now: now, stopping: true)
        #expect(accumulator.added < 1_500)
        let estimate = accumulator.estimate(key: "a", answers: reference.answers, correct: reference.correct)
        #expect(abs(estimate.mean - reference.mean) < 1e-9)
        #expect(abs(estimate.alpha - reference.alpha) < 1e-9 && abs(estimate.beta - reference.beta) < 1e-9)
        #expect(estimate.answers == 5_000)
    }

    @Test("old answers settle sooner")
    func oldAnswersSettleSooner() {
        let now = 2_000_000_000.0
        let recent = accumulate(history(5_000, now: now), now: now, stopping: true).added
        let old = accumulate(history(5_000, now: now - 3 * 365 * 86_400), now: now, stopping: true).added
        #expect(old < recent)
    }

    @Test("without decay by rank nothing settles and the result is the estimator's")
    func noRankDecay() {
        let now = 2_000_000_000.0
        let answers = history(2_000, now: now, spacing: 1)
        let accumulator = accumulate(answers, now: now, stopping: true, answerHalfLife: .infinity)
        #expect(accumulator.added == 2_000)
        let reference = MasteryEstimator.estimate(answers, keys: ["a"], by: \.domain, now: now, answerHalfLife: .infinity)[0]
        #expect(accumulator.estimate(key: "a", answers: reference.answers, correct: reference.correct) == reference)
    }

    @Test("an area without answers reads as the prior")
    func empty() {
        let reference = MasteryEstimator.estimate([], keys: ["a"], by: \.domain, now: 0)[0]
        #expect(MasteryAccumulator(now: 0).estimate(key: "a", answers: 0, correct: 0) == reference)
    }
}
