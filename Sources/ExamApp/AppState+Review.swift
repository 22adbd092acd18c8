import ExamEngine
import QuestionBank

/// Results and review of a submitted session.
extension AppState {
    mutating func resultsAction(_ action: Action) -> [Effect] {
        switch action {
        case .select:
            let report = exam?.report
            let hasWrong = !(report?.incorrect.isEmpty ?? true) || !(report?.unanswered.isEmpty ?? true)
            review = ReviewState(filter: hasWrong ? .incorrect : .all)
            reviewReturn = .results
            screen = .review
        case .back:
            exam = nil
            return goHome()
        default: break
        }
        return []
    }

    /// Indices of the reviewed session under the current filter.
    public func reviewIndices() -> [Int] {
        guard let active = exam else { return [] }
        let session = active.session
        switch review.filter {
        case .all: return Array(0..<session.count)
        case .incorrect:
            return (0..<session.count).filter { !ExamScorer.isCorrect(session, $0, bank: bank) }
        case .flagged: return session.flaggedIndices
        case .unanswered: return session.unansweredIndices
        }
    }

    mutating func reviewAction(_ action: Action) -> [Effect] {
        let count = reviewIndices().count
        switch action {
        case .next:
            review.position = min(max(0, count - 1), review.position + 1)
            review.scroll = 0
        case .previous:
            review.position = max(0, review.position - 1)
            review.scroll = 0
        case .pageDown: review.scroll += 3
        case .pageUp: review.scroll = max(0, review.scroll - 3)
        case .reviewFilter(let filter):
            review = ReviewState(filter: filter)
        case .back:
            if reviewReturn == .history {
                exam = nil
                screen = .history
                return [.loadHistory]
            }
            screen = .results
        default: break
        }
        return []
    }
}
