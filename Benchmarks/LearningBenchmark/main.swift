import ExamEngine
import Foundation
import LearningModel
import QuestionBank

// Simulated learners check two claims about the learning model (method in docs/BENCHMARKS.md):
// (a) after 200 answers the tracker names the three weakest domains; (b) the adaptive drill
// brings every domain to a target mastery in fewer questions than uniform random practice.
// Usage: swift run -c release mmprep-bench-learning [runs]

let runs = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 200
let domains = (1...11).map { "d\($0)" }
let bank = LearnerSimulation.bank(domains: domains, perDomain: 50)

func median(_ values: [Int]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? Double(sorted[sorted.count / 2]) : Double(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

print("runs per figure: \(runs); 11 domains × 50 questions")
// (a) Tracking fixed abilities over 200 answers, for two separations of weak and strong domains.
let profiles: [(String, ClosedRange<Double>, ClosedRange<Double>)] = [
    ("weak 30–50 %, others 65–95 %", 0.30...0.50, 0.65...0.95),
    ("weak 35–55 %, others 65–92 %", 0.35...0.55, 0.65...0.92),
]
for (label, weak, strong) in profiles {
    for policy in PracticePolicy.allCases {
        var hits = 0
        for run in 0..<runs {
            var rng = SeededGenerator(seed: UInt64(run) &* 7919 &+ 1)
            let learner = DomainLearner(ability: LearnerProfiles.threeWeak(domains: domains, weak: weak, strong: strong, rng: &rng))
            if LearnerSimulation.track(learner, bank: bank, count: 200, policy: policy, rng: &rng) == learner.weakest(3) { hits += 1 }
        }
        print(String(format: "(a) %@, %@: three weakest named exactly in %d of %d runs (%.1f%%)",
                     label as NSString, (policy == .adaptive ? "weak-area probe" : "uniform random") as NSString,
                     hits, runs, Double(hits) / Double(runs) * 100))
    }
}

// (b) Questions until every domain's expected accuracy reaches 80 %.
var needed: [PracticePolicy: [Int]] = [:]
for policy in PracticePolicy.allCases {
    for run in 0..<runs {
        var rng = SeededGenerator(seed: UInt64(run) &* 104_729 &+ 3)
        let start = LearnerProfiles.threeWeak(domains: domains, weak: 0.35...0.55, strong: 0.65...0.92, rng: &rng)
        var learner = QuestionLearner(bank: bank, start: start, rng: &rng)
        needed[policy, default: []].append(LearnerSimulation.questionsToTarget(&learner, bank: bank, target: 0.8, policy: policy, rng: &rng))
    }
}
let uniform = median(needed[.uniformRandom]!), adaptive = median(needed[.adaptive]!)
print(String(format: "(b) median questions until every domain reaches 80%%: uniform random %.0f, adaptive drill %.0f (%.1f%% fewer)",
             uniform, adaptive, (1 - adaptive / uniform) * 100))
