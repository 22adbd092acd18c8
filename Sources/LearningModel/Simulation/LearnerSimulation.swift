import ExamEngine
import Foundation
import QuestionBank

/// Simulated learners for checking the tracker and the adaptive drill against a known truth.
///
/// Two learner models, documented in docs/BENCHMARKS.md:
/// - `DomainLearner`: a fixed probability of a right answer per domain (for tracking).
/// - `QuestionLearner`: knows or does not know each question; a known question is answered right
///   95 % of the time, an unknown one 25 % (a guess among four). After a wrong answer and its
///   explanation an unknown question becomes known with probability 0.5; after a lucky guess,
///   0.2. A domain's mastery is its expected accuracy over its questions.
public struct DomainLearner: Sendable {
    public var ability: [String: Double]

    public init(ability: [String: Double]) {
        self.ability = ability
    }

    public func answer(_ domain: String, rng: inout SeededGenerator) -> Bool {
        Double.random(in: 0..<1, using: &rng) < ability[domain, default: 0.5]
    }

    public func weakest(_ count: Int) -> Set<String> {
        Set(ability.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }.prefix(count).map(\.key))
    }
}

public struct QuestionLearner: Sendable {
    public var known: [String: Bool]
    public let domainOf: [String: String]
    public var rightWhenKnown = 0.95
    public var rightWhenUnknown = 0.25
    public var learnFromMiss = 0.5
    public var learnFromGuess = 0.2

    /// Knows each question of a domain with that domain's starting probability.
    public init(bank: Bank, start: [String: Double], rng: inout SeededGenerator) {
        var known: [String: Bool] = [:]
        for question in bank.questions {
            known[question.id] = Double.random(in: 0..<1, using: &rng) < start[question.domain, default: 0.5]
        }
        self.known = known
        domainOf = Dictionary(uniqueKeysWithValues: bank.questions.map { ($0.id, $0.domain) })
    }

    /// Answers a question, learns from its explanation, and returns whether it was right.
    public mutating func answer(_ id: String, rng: inout SeededGenerator) -> Bool {
        let knew = known[id] ?? false
        let right = Double.random(in: 0..<1, using: &rng) < (knew ? rightWhenKnown : rightWhenUnknown)
        if !knew {
            let learn = right ? learnFromGuess : learnFromMiss
            if Double.random(in: 0..<1, using: &rng) < learn { known[id] = true }
        }
        return right
    }

    /// Expected accuracy per domain.
    public func mastery() -> [String: Double] {
        var knownCount: [String: Int] = [:], total: [String: Int] = [:]
        for (id, isKnown) in known {
            let domain = domainOf[id]!
            total[domain, default: 0] += 1
            if isKnown { knownCount[domain, default: 0] += 1 }
        }
        return total.mapValues { _ in 0 }.merging(total) { _, _ in 0 }.reduce(into: [:]) { result, entry in
            let k = Double(knownCount[entry.key, default: 0]) / Double(total[entry.key]!)
            result[entry.key] = rightWhenKnown * k + rightWhenUnknown * (1 - k)
        }
    }
}

/// Starting abilities with three clearly weak domains.
public enum LearnerProfiles {
    /// Three domains drawn from `weak`, the rest from `strong`.
    public static func threeWeak(domains: [String], weak: ClosedRange<Double>, strong: ClosedRange<Double>, rng: inout SeededGenerator) -> [String: Double] {
        let weakSet = Set(domains.shuffled(using: &rng).prefix(3))
        var ability: [String: Double] = [:]
        for domain in domains {
            ability[domain] = Double.random(in: weakSet.contains(domain) ? weak : strong, using: &rng)
        }
        return ability
    }
}

/// How practice questions are chosen in a simulation.
public enum PracticePolicy: String, Sendable, CaseIterable {
    case uniformRandom = "uniform random"
    case adaptive
}

/// Runs simulated practice with the real tracker, probe and selector.
public enum LearnerSimulation {
    /// A bank of `perDomain` questions in each of `domains`, three topics each.
    public static func bank(domains: [String], perDomain: Int) -> Bank {
        let questions = domains.flatMap { domain in
            (0..<perDomain).map { n in
                Question(id: "\(domain)-\(n)", domain: domain, topic: "\(domain) topic \(n % 3)", difficulty: 2, stem: "Q\(n)",
                         choices: [Choice(text: "right", isCorrect: true), Choice(text: "wrong")], explanation: "", reference: "")
            }
        }
        return Bank(domains: domains.map { Domain(id: $0, name: $0) }, questions: questions)
    }

    static func event(_ question: Question, right: Bool, time: Double) -> AnswerEvent {
        AnswerEvent(attemptID: 0, questionID: question.id, domain: question.domain, topic: question.topic,
                    correct: right, answeredAt: time, timeSpent: 60, unsure: false, kind: .drill)
    }

    /// `count` answers from a fixed-ability learner, the domain chosen uniformly at random or by
    /// the weak-area probe; returns the tracker's three weakest domains afterwards.
    public static func track(_ learner: DomainLearner, bank: Bank, count: Int, policy: PracticePolicy, rng: inout SeededGenerator) -> Set<String> {
        let domains = bank.domains.map(\.id)
        let byDomain = Dictionary(grouping: bank.questions, by: \.domain)
        var answers: [AnswerEvent] = []
        let probe = WeakAreaProbe()
        for step in 0..<count {
            let time = 1_000_000 + Double(step) * 60
            let domain: String
            switch policy {
            case .uniformRandom: domain = domains.randomElement(using: &rng)!
            case .adaptive:
                let estimates = MasteryEstimator.estimate(answers, keys: domains, by: \.domain, now: time)
                domain = probe.nextDomain(estimates, rng: &rng)!
            }
            let question = byDomain[domain]!.randomElement(using: &rng)!
            answers.append(event(question, right: learner.answer(domain, rng: &rng), time: time))
        }
        let now = 1_000_000 + Double(count) * 60
        let estimates = MasteryEstimator.estimate(answers, keys: domains, by: \.domain, now: now)
        return Set(estimates.sorted { $0.mean != $1.mean ? $0.mean < $1.mean : $0.key < $1.key }.prefix(3).map(\.key))
    }

    /// Questions a question-level learner answers until every domain reaches `target`, or `limit`.
    public static func questionsToTarget(
        _ learner: inout QuestionLearner, bank: Bank, target: Double, policy: PracticePolicy,
        selector: AdaptiveSelector = AdaptiveSelector(), candidatesPerDomain: Int = 6, limit: Int = 6000,
        rng: inout SeededGenerator
    ) -> Int {
        let byDomain = Dictionary(grouping: bank.questions, by: \.domain)
        let domains = bank.domains.map(\.id)
        var answers: [AnswerEvent] = []
        for step in 0..<limit {
            if learner.mastery().values.allSatisfy({ $0 >= target }) { return step }
            let time = 1_000_000 + Double(step) * 60
            let question: Question
            switch policy {
            case .uniformRandom:
                question = bank.questions.randomElement(using: &rng)!
            case .adaptive:
                // A few candidates from every domain keep each step cheap on a large bank.
                let candidates = domains.flatMap { byDomain[$0]!.shuffled(using: &rng).prefix(candidatesPerDomain) }
                let signals = AdaptiveSignals.build(candidates: candidates, answers: answers, now: time)
                question = candidates[selector.choose(signals, rng: &rng)!]
            }
            answers.append(event(question, right: learner.answer(question.id, rng: &rng), time: time))
        }
        return limit
    }
}
