import Foundation

/// A pure FSRS-6 scheduler: given a card, a rating and the review time, the card's next state.
///
/// It never reads a clock and keeps no state between reviews. Elapsed time counts in whole
/// days (floored), as the reference implementation does: a review less than a day after the
/// previous one uses the short-term stability formula, and retrievability is evaluated at a
/// whole number of days. Cards in review get whole-day intervals; learning and relearning
/// cards follow their steps.
public struct FSRSScheduler: Sendable, Hashable {
    public let parameters: FSRSParameters
    /// The forgetting curve's exponent, −w20.
    public let decay: Double
    /// Chosen so that retrievability is 90 % when the elapsed days equal the stability.
    public let factor: Double

    public init(parameters: FSRSParameters = FSRSParameters()) throws(FSRSParameterError) {
        try parameters.validate()
        self.parameters = parameters
        decay = -parameters.weights[20]
        factor = pow(0.9, 1 / decay) - 1
    }

    /// The predicted probability of recalling `card` at `date`; 0 for a card never reviewed.
    public func retrievability(of card: FSRSCard, at date: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        let elapsedDays = max(0, Self.wholeDays(from: lastReview, to: date))
        return pow(1 + factor * Double(elapsedDays) / stability, decay)
    }

    /// The card after a review with `rating` at `date`.
    public func schedule(_ card: FSRSCard, rating: FSRSRating, at date: Date) -> FSRSCard {
        var next = card
        let sameDay = card.lastReview.map { Self.wholeDays(from: $0, to: date) < 1 } ?? false
        let interval: TimeInterval
        switch card.state {
        case .learning:
            if let stability = card.stability, let difficulty = card.difficulty {
                next.stability = sameDay
                    ? shortTermStability(stability, rating: rating)
                    : nextStability(difficulty: difficulty, stability: stability,
                                    retrievability: retrievability(of: card, at: date), rating: rating)
                next.difficulty = nextDifficulty(difficulty, rating: rating)
            } else {
                next.stability = initialStability(rating)
                next.difficulty = initialDifficulty(rating)
            }
            interval = advance(&next, rating: rating, steps: parameters.learningSteps)
        case .review, .relearning:
            let stability = card.stability ?? initialStability(rating)
            let difficulty = card.difficulty ?? initialDifficulty(rating)
            next.stability = sameDay
                ? shortTermStability(stability, rating: rating)
                : nextStability(difficulty: difficulty, stability: stability,
                                retrievability: retrievability(of: card, at: date), rating: rating)
            next.difficulty = nextDifficulty(difficulty, rating: rating)
            if card.state == .relearning {
                interval = advance(&next, rating: rating, steps: parameters.relearningSteps)
            } else if rating == .again, let first = parameters.relearningSteps.first {
                next.state = .relearning
                next.step = 0
                interval = first
            } else {
                interval = reviewInterval(next)
            }
        }
        next.due = date + interval
        next.lastReview = date
        return next
    }

    /// Moves a learning or relearning card along `steps` and returns the wait until it is due.
    ///
    /// Again restarts at the first step; Hard repeats the step (the first one waits 1.5× a lone
    /// step, or the mean of the first two); Good moves on, graduating after the last step;
    /// Easy graduates at once. A step index past the end (from longer steps) graduates on any pass.
    private func advance(_ card: inout FSRSCard, rating: FSRSRating, steps: [TimeInterval]) -> TimeInterval {
        let step = card.step ?? 0
        if steps.isEmpty || (step >= steps.count && rating != .again) {
            return graduate(&card)
        }
        switch rating {
        case .again:
            card.step = 0
            return steps[0]
        case .hard:
            if step == 0 {
                return steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2.0
            }
            return steps[step]
        case .good:
            if step + 1 == steps.count {
                return graduate(&card)
            }
            card.step = step + 1
            return steps[step + 1]
        case .easy:
            return graduate(&card)
        }
    }

    private func graduate(_ card: inout FSRSCard) -> TimeInterval {
        card.state = .review
        card.step = nil
        return reviewInterval(card)
    }

    private func reviewInterval(_ card: FSRSCard) -> TimeInterval {
        Double(nextInterval(stability: card.stability ?? FSRSParameters.minimumStability)) * 86_400
    }

    /// Whole days from `start` to `end`, floored (negative when `end` is earlier).
    static func wholeDays(from start: Date, to end: Date) -> Int {
        Int((end.timeIntervalSince(start) / 86_400).rounded(.down))
    }
}
