import ExamEngine

/// Chooses which domain to ask about next so that the weak-area list becomes certain quickly.
///
/// A placement phase for a new learner: first every domain gets a few answers, then each
/// question goes to one of the two domains whose order is least certain — the weak-listed domain
/// with the highest upper bound, or the other domain with the lowest lower bound (the LUCB rule
/// for finding the k lowest of several Bernoulli arms), whichever has fewer answers.
public struct WeakAreaProbe: Sendable {
    /// How many weakest domains the list names.
    public var count = 3
    /// Answers every domain gets before the probe starts comparing.
    public var warmUp = 6

    public init() {}

    /// Whether the weak-area list is settled: no weak-listed domain could plausibly be stronger
    /// than a domain outside the list.
    public func isSettled(_ estimates: [MasteryEstimate]) -> Bool {
        let ordered = estimates.sorted { $0.mean < $1.mean }
        guard ordered.count > count else { return true }
        let weakUpper = ordered.prefix(count).map(\.upper).max() ?? 0
        let restLower = ordered.dropFirst(count).map(\.lower).min() ?? 1
        return weakUpper < restLower
    }

    /// The domain to ask about next, from per-domain estimates (with answer counts).
    public func nextDomain(_ estimates: [MasteryEstimate], rng: inout SeededGenerator) -> String? {
        guard !estimates.isEmpty else { return nil }
        let unexplored = estimates.filter { $0.answers < warmUp }
        if !unexplored.isEmpty {
            let fewest = unexplored.map(\.answers).min()!
            return unexplored.filter { $0.answers == fewest }.randomElement(using: &rng)?.key
        }
        let ordered = estimates.sorted { $0.mean != $1.mean ? $0.mean < $1.mean : $0.key < $1.key }
        guard ordered.count > count else { return ordered.randomElement(using: &rng)?.key }
        let weak = ordered.prefix(count).max { $0.upper < $1.upper }!
        let rest = ordered.dropFirst(count).min { $0.lower < $1.lower }!
        return weak.answers <= rest.answers ? weak.key : rest.key
    }
}
