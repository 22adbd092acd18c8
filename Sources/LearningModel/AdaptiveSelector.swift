import ExamEngine
import Foundation
import QuestionBank

/// What the adaptive drill knows about one candidate question when choosing what comes next.
public struct CandidateSignal: Sendable, Hashable {
    /// Mastery of the question's topic (its domain's, until the topic has a few answers).
    public var mastery: MasteryEstimate
    /// How overdue its review is: 0 not due, 1 due now, more when later than due.
    public var overdue: Double
    /// Seconds since it was last answered, or nil if never.
    public var sinceSeen: Double?
    /// Whether its latest answer was right (nil if never answered).
    public var lastCorrect: Bool?

    public init(mastery: MasteryEstimate, overdue: Double, sinceSeen: Double?, lastCorrect: Bool?) {
        self.mastery = mastery
        self.overdue = overdue
        self.sinceSeen = sinceSeen
        self.lastCorrect = lastCorrect
    }
}

/// Chooses the next drill question by weakness, due-ness and novelty.
///
///     priority = weakness × (1 − mastery) + uncertainty × (interval width)
///              + due × min(overdue, 2) + novelty × (never seen)
///              − settled × (last answer right and not yet due) − recent × (seen in the last 10 min)
///
/// plus a little seeded noise to break ties. Weak areas come first; within them, questions the
/// learner missed and is due to retry, then questions never seen; questions already answered
/// right wait until their review falls due.
public struct AdaptiveSelector: Sendable {
    public var weakness = 1.0
    public var uncertainty = 0.3
    public var due = 0.8
    public var novelty = 0.3
    public var settled = 0.5
    public var recent = 2.0
    public var noise = 0.02

    public init() {}

    public func priority(_ signal: CandidateSignal) -> Double {
        let width = signal.mastery.upper - signal.mastery.lower
        let isNew = signal.sinceSeen == nil ? 1.0 : 0.0
        let isRecent = (signal.sinceSeen ?? .infinity) < 600 ? 1.0 : 0.0
        let isSettled = signal.lastCorrect == true && signal.overdue <= 0 ? 1.0 : 0.0
        return weakness * (1 - signal.mastery.mean) + uncertainty * width + due * min(signal.overdue, 2)
            + novelty * isNew - settled * isSettled - recent * isRecent
    }

    /// The index of the best candidate, or nil when there are none.
    public func choose(_ signals: [CandidateSignal], rng: inout SeededGenerator) -> Int? {
        guard !signals.isEmpty else { return nil }
        var best = 0, bestScore = -Double.infinity
        for (index, signal) in signals.enumerated() {
            let score = priority(signal) + Double.random(in: 0..<noise, using: &rng)
            if score > bestScore { best = index; bestScore = score }
        }
        return best
    }
}

/// Builds the signals for candidate questions from answer history.
public enum AdaptiveSignals {
    /// A missed question is due for a retry this long after the miss when no review card says
    /// otherwise (the first learning step of the review scheduler).
    public static let retryAfterMiss: Double = 600

    /// Signals for `candidates` given every answer so far and `now` (seconds since 1970).
    ///
    /// - Parameter overdue: from the review scheduler, when known: 0 not due, 1 due now, more
    ///   when later. Questions not in it are due `retryAfterMiss` after a miss.
    public static func build(
        candidates: [Question], answers: [AnswerEvent], now: Double, overdue: [String: Double] = [:]
    ) -> [CandidateSignal] {
        build(candidates: candidates, history: DrillHistory(answers: answers, now: now), now: now, overdue: overdue)
    }

    /// Signals for `candidates` from a summary of the history.
    public static func build(
        candidates: [Question], history: DrillHistory, now: Double, overdue: [String: Double] = [:]
    ) -> [CandidateSignal] {
        candidates.map { question in
            let topic = history.topic(domain: question.domain, topic: question.topic, now: now)
            let mastery = topic.answers >= 3 ? topic : history.domainMastery[question.domain] ?? topic
            let previous = history.lastAnswers[question.id]
            let fallbackOverdue = previous.map { !$0.correct && now - $0.time >= retryAfterMiss ? 1.0 : 0.0 } ?? 0
            return CandidateSignal(mastery: mastery, overdue: overdue[question.id] ?? fallbackOverdue,
                                   sinceSeen: previous.map { now - $0.time }, lastCorrect: previous?.correct)
        }
    }
}
