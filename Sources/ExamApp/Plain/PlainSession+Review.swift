import ExamEngine
import QuestionBank

/// After submitting: the results, and a review of the questions with their explanations.
extension PlainSession {
    /// The results and what can be typed next.
    func resultsText() -> [String] {
        guard let report else { return [] }
        return PlainText.results(report, session: session, bank: bank, previousScore: previousScore, width: width)
            + wrap("Type r to review the questions with explanations (r all, r incorrect, r flagged, r unanswered), "
                + "s to show these results again, q to quit.")
    }

    /// Indices of the session under the review filter.
    func reviewIndices() -> [Int] {
        switch reviewFilter {
        case .all: return Array(0..<session.count)
        case .incorrect: return (0..<session.count).filter { !ExamScorer.isCorrect(session, $0, bank: bank) }
        case .flagged: return session.flaggedIndices
        case .unanswered: return session.unansweredIndices
        }
    }

    mutating func resultsCommand(_ command: PlainCommand) -> [String] {
        switch command {
        case .read: return startReview(nil)
        case .review(let filter): return startReview(filter)
        case .submit, .results: return resultsText()
        case .list(let filter): return PlainText.list(session, filter: filter, bank: bank, width: width)
        case .quit:
            phase = .finished
            return []
        case .help: return helpText()
        case .invalid(let reason): return wrap(reason)
        default: return wrap("Type r to review, s for the results, q to quit, h for help.")
        }
    }

    mutating func reviewCommand(_ command: PlainCommand) -> [String] {
        let indices = reviewIndices()
        switch command {
        case .next:
            guard reviewPosition + 1 < indices.count else { return wrap("That was the last question of this review. Type q to quit, s for the results.") }
            reviewPosition += 1
            return reviewedQuestion()
        case .previous:
            guard reviewPosition > 0, !indices.isEmpty else { return wrap("This is the first question of this review.") }
            reviewPosition -= 1
            return reviewedQuestion()
        case .go(let number):
            guard let position = indices.firstIndex(of: number - 1) else {
                guard (1...session.count).contains(number) else {
                    return wrap("There is no question \(number); the questions are numbered 1 to \(session.count).")
                }
                return wrap("Question \(number) is not among the \(reviewFilter.rawValue) questions; type r all to review every question.")
            }
            reviewPosition = position
            return reviewedQuestion()
        case .read: return reviewedQuestion()
        case .review(let filter): return startReview(filter)
        case .list(let filter): return PlainText.list(session, filter: filter, bank: bank, width: width)
        case .submit, .results:
            phase = .results
            return resultsText()
        case .quit:
            phase = .finished
            return []
        case .help: return helpText()
        case .invalid(let reason): return wrap(reason)
        case .empty: return wrap("Type n for the next question, h for help.")
        default: return wrap("The session is submitted; answers can no longer change. Type h for help.")
        }
    }

    /// Starts the review; without a filter, the missed questions (or all, when none was missed).
    mutating func startReview(_ filter: ReviewFilter?) -> [String] {
        if let filter {
            reviewFilter = filter
        } else {
            let missed = (0..<session.count).contains { !ExamScorer.isCorrect(session, $0, bank: bank) }
            reviewFilter = missed ? .incorrect : .all
        }
        reviewPosition = 0
        phase = .review
        let indices = reviewIndices()
        guard !indices.isEmpty else {
            return wrap("No \(reviewFilter.rawValue) questions to review. Type r all to review every question.")
        }
        let noun = indices.count == 1 ? "question" : "questions"
        return wrap("Review of \(reviewFilter.rawValue) questions: \(indices.count) \(noun). Type n for the next one.")
            + reviewedQuestion()
    }

    /// The reviewed question with your answer, the right one and the explanation.
    func reviewedQuestion() -> [String] {
        let indices = reviewIndices()
        guard !indices.isEmpty else { return wrap("No \(reviewFilter.rawValue) questions to review.") }
        let position = min(reviewPosition, indices.count - 1)
        return wrap("Review \(position + 1) of \(indices.count).")
            + PlainText.question(session, index: indices[position], reveal: true, bank: bank, width: width)
    }
}
