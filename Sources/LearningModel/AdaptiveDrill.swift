import ExamEngine
import Foundation
import QuestionBank

/// Picks the next question of an adaptive drill from the bank and the learner's history.
public enum AdaptiveDrill {
    /// Below this many answers in all, an all-domain drill first settles the weak-area list.
    public static let placementAnswers = 200

    /// The next item for `session`, or nil when its pool is used up.
    ///
    /// - Parameters:
    ///   - answers: every answer so far (this session's included), oldest first.
    ///   - overdue: review due-ness per question from the scheduler (0 not due, 1 due now…).
    ///   - now: seconds since 1970.
    public static func next(
        for session: ExamSession, bank: Bank, answers: [AnswerEvent], overdue: [String: Double], now: Double,
        selector: AdaptiveSelector = AdaptiveSelector(), probe: WeakAreaProbe = WeakAreaProbe(), rng: inout SeededGenerator
    ) -> ExamItem? {
        next(for: session, bank: bank, history: DrillHistory(answers: answers, now: now), overdue: overdue, now: now,
             selector: selector, probe: probe, rng: &rng)
    }

    /// The questions `session` may still draw from: in its domains (and topic, and difficulties), not used yet.
    public static func pool(for session: ExamSession, bank: Bank) -> [Question] {
        let spec = session.spec
        let used = Set(session.items.map(\.questionID))
        let domains = spec.shares.isEmpty ? bank.domains.map(\.id) : spec.shares.flatMap(\.domains)
        return bank.questions.filter { question in
            !used.contains(question.id) && domains.contains(question.domain)
                && (spec.topic == nil || question.topic == spec.topic)
                && (spec.difficulties.isEmpty || spec.difficulties.contains(question.difficulty))
        }
    }

    /// The next item for `session` from a summary of the history (see ``DrillHistory``).
    public static func next(
        for session: ExamSession, bank: Bank, history: DrillHistory, overdue: [String: Double], now: Double,
        selector: AdaptiveSelector = AdaptiveSelector(), probe: WeakAreaProbe = WeakAreaProbe(), rng: inout SeededGenerator
    ) -> ExamItem? {
        let spec = session.spec
        let domains = spec.shares.isEmpty ? bank.domains.map(\.id) : spec.shares.flatMap(\.domains)
        var pool = pool(for: session, bank: bank)
        guard !pool.isEmpty else { return nil }
        // Placement: a new learner's all-domain drill first finds the weak areas.
        if domains.count > 3, spec.topic == nil, history.answerCount < placementAnswers {
            let estimates = domains.map { history.domain($0, now: now) }
            if !probe.isSettled(estimates), let domain = probe.nextDomain(estimates, rng: &rng) {
                let inDomain = pool.filter { $0.domain == domain }
                if !inDomain.isEmpty { pool = inDomain }
            }
        }
        let signals = AdaptiveSignals.build(candidates: pool, history: history, now: now, overdue: overdue)
        guard let index = selector.choose(signals, rng: &rng) else { return nil }
        let question = pool[index]
        return ExamAssembler.item(for: question, share: question.domain, rng: &rng)
    }
}
