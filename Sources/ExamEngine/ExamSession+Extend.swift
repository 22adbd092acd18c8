/// Growing a session one question at a time, for adaptive drills.
extension ExamSession {
    /// Adds `item` at the end and moves to it; returns the changes to save.
    ///
    /// Only a running adaptive session grows, and never by a question it already holds.
    @discardableResult
    public mutating func append(_ item: ExamItem, at now: Double) -> [SessionChange] {
        guard phase == .running, spec.isAdaptive, !items.contains(where: { $0.questionID == item.questionID }) else { return [] }
        items.append(item)
        responses.append(ItemResponse())
        if items.count == 1 {
            responses[0].visited = true
            visitStart = now
            return [.response(0), .position]
        }
        return go(to: items.count - 1, at: now)
    }

    /// Whether moving past the last question should fetch another one.
    public var wantsAnotherQuestion: Bool {
        spec.isAdaptive && phase == .running && (items.isEmpty || current == items.count - 1)
    }

    /// Drops the last question of an adaptive session if it was never answered (the one on
    /// screen when the learner stopped), so the summary counts only what was answered.
    public mutating func dropUnansweredLast() {
        guard spec.isAdaptive, phase != .submitted, let last = responses.last, !last.isAnswered, items.count > 1 else { return }
        if current == items.count - 1 { current -= 1 }
        items.removeLast()
        responses.removeLast()
    }
}
