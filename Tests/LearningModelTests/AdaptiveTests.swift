import ExamEngine
import LearningModel
import QuestionBank
import Testing

@Suite("Adaptive selection, the weak-area probe and readiness")
struct AdaptiveTests {
    let bank = LearnerSimulation.bank(domains: ["d1", "d2", "d3", "d4", "d5"], perDomain: 10)

    func event(_ id: String, _ right: Bool, at time: Double) -> AnswerEvent {
        let q = bank.question(id)!
        return AnswerEvent(attemptID: 1, questionID: id, domain: q.domain, topic: q.topic, correct: right, answeredAt: time, timeSpent: 30, unsure: false, kind: .drill)
    }

    @Test("priority prefers weak areas, then missed questions due again, then new ones; right answers wait")
    func priorities() {
        let selector = AdaptiveSelector()
        let weak = MasteryEstimate(key: "w", mean: 0.3, lower: 0.2, upper: 0.4, answers: 30, correct: 9)
        let strong = MasteryEstimate(key: "s", mean: 0.9, lower: 0.8, upper: 0.95, answers: 30, correct: 27)
        let newWeak = CandidateSignal(mastery: weak, overdue: 0, sinceSeen: nil, lastCorrect: nil)
        let newStrong = CandidateSignal(mastery: strong, overdue: 0, sinceSeen: nil, lastCorrect: nil)
        let dueStrong = CandidateSignal(mastery: strong, overdue: 1, sinceSeen: 3600, lastCorrect: false)
        let settled = CandidateSignal(mastery: strong, overdue: 0, sinceSeen: 3600, lastCorrect: true)
        let justSeen = CandidateSignal(mastery: weak, overdue: 0, sinceSeen: 30, lastCorrect: false)
        #expect(selector.priority(newWeak) > selector.priority(newStrong))
        #expect(selector.priority(dueStrong) > selector.priority(newStrong))
        #expect(selector.priority(newStrong) > selector.priority(settled))
        #expect(selector.priority(justSeen) < selector.priority(settled))
    }

    @Test("signals: a miss falls due ten minutes later; topic mastery once a topic has three answers")
    func signals() {
        let now = 10_000.0
        let answers = [event("d1-0", false, at: now - 700), event("d1-3", false, at: now - 100), event("d1-6", true, at: now - 50)]
        let candidates = ["d1-0", "d1-3", "d1-6", "d2-0"].map { bank.question($0)! }
        let signals = AdaptiveSignals.build(candidates: candidates, answers: answers, now: now)
        #expect(signals.map(\.overdue) == [1, 0, 0, 0])
        #expect(signals.map(\.lastCorrect) == [false, false, true, nil])
        #expect(signals[0].mastery.answers == 3 && signals[0].mastery.correct == 1)
        #expect(signals[3].sinceSeen == nil && signals[3].mastery.answers == 0)
        let scheduled = AdaptiveSignals.build(candidates: candidates, answers: answers, now: now, overdue: ["d1-3": 1.5])
        #expect(scheduled[1].overdue == 1.5)
    }

    @Test("the probe covers every domain first, then compares the two least certain")
    func probe() {
        var rng = SeededGenerator(seed: 1)
        let probe = WeakAreaProbe()
        let fresh = (1...5).map { MasteryEstimate(key: "d\($0)", mean: 0.5, lower: 0.05, upper: 0.95, answers: $0 == 3 ? 0 : 6, correct: 3) }
        #expect(probe.nextDomain(fresh, rng: &rng) == "d3")
        let known = [
            MasteryEstimate(key: "d1", mean: 0.3, lower: 0.2, upper: 0.4, answers: 20, correct: 6),
            MasteryEstimate(key: "d2", mean: 0.4, lower: 0.3, upper: 0.55, answers: 20, correct: 8),
            MasteryEstimate(key: "d3", mean: 0.45, lower: 0.3, upper: 0.7, answers: 10, correct: 4),
            MasteryEstimate(key: "d4", mean: 0.6, lower: 0.4, upper: 0.75, answers: 12, correct: 7),
            MasteryEstimate(key: "d5", mean: 0.9, lower: 0.8, upper: 0.97, answers: 20, correct: 18),
        ]
        #expect(probe.nextDomain(known, rng: &rng) == "d3")
        #expect(!probe.isSettled(known))
        let apart = known.map { var e = $0; if e.key == "d3" { e.upper = 0.5 }; if e.key == "d4" { e.lower = 0.6 }; return e }
        #expect(probe.isSettled(apart))
    }

    @Test("simulated learners: the probe names the weak areas and the drill beats random practice")
    func simulation() {
        let domains = (1...11).map { "d\($0)" }
        let bank = LearnerSimulation.bank(domains: domains, perDomain: 30)
        var hits = 0
        for run in 0..<10 {
            var rng = SeededGenerator(seed: UInt64(run) + 11)
            let learner = DomainLearner(ability: LearnerProfiles.threeWeak(domains: domains, weak: 0.2...0.35, strong: 0.75...0.95, rng: &rng))
            if LearnerSimulation.track(learner, bank: bank, count: 200, policy: .adaptive, rng: &rng) == learner.weakest(3) { hits += 1 }
        }
        #expect(hits >= 8)
        var uniform = 0, adaptive = 0
        for run in 0..<4 {
            for policy in PracticePolicy.allCases {
                var rng = SeededGenerator(seed: UInt64(run) + 101)
                let start = LearnerProfiles.threeWeak(domains: domains, weak: 0.35...0.55, strong: 0.65...0.92, rng: &rng)
                var learner = QuestionLearner(bank: bank, start: start, rng: &rng)
                let n = LearnerSimulation.questionsToTarget(&learner, bank: bank, target: 0.8, policy: policy, rng: &rng)
                if policy == .adaptive { adaptive += n } else { uniform += n }
            }
        }
        #expect(adaptive < uniform)
    }

    @Test("readiness: a strong learner is predicted to pass, a weak one not, with intervals around the estimate")
    func readiness() {
        let blueprint = Blueprint(id: "b", name: "B", questionCount: 50, minutes: 60, passPercent: 70,
                                  weights: bank.domains.map { .init(key: $0.id, weight: 1) })
        let strong = bank.domains.map { MasteryEstimate(key: $0.id, mean: 0.85, lower: 0.8, upper: 0.9, answers: 100, correct: 85, alpha: 86, beta: 16) }
        let weak = bank.domains.map { MasteryEstimate(key: $0.id, mean: 0.55, lower: 0.45, upper: 0.65, answers: 60, correct: 33, alpha: 34, beta: 28) }
        let good = ReadinessEstimator.estimate(blueprint, bank: bank, domainMastery: strong, draws: 800)
        let poor = ReadinessEstimator.estimate(blueprint, bank: bank, domainMastery: weak, draws: 800)
        #expect(good.passProbability > 0.9 && poor.passProbability < 0.1)
        #expect(abs(good.predictedPercent - 84.3) < 2)
        #expect(good.lowerPercent < good.predictedPercent && good.predictedPercent < good.upperPercent)
        #expect(good.passLower <= good.passProbability && good.passProbability <= good.passUpper)
        #expect(ReadinessEstimator.estimate(blueprint, bank: bank, domainMastery: strong, draws: 800) == good)
    }
}
