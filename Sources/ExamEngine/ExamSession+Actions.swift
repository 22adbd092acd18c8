/// What a learner does to a session: answer, clear, flag, strike, move.
///
/// Choice arguments are display positions (A = 0); responses store written choice indices, so
/// a saved answer means the same choice whatever order it was shown in.
extension ExamSession {
    /// Whether answers can still change: running, not submitted, and not locked in tutor mode.
    public func canAnswer(_ index: Int) -> Bool {
        phase == .running && index < count && !responses[index].locked
    }

    /// Selects the choice at a display position; in tutor mode the answer then locks.
    @discardableResult
    public mutating func answer(displayPosition position: Int, at now: Double) -> [SessionChange] {
        guard canAnswer(current), position >= 0, position < currentItem.choiceOrder.count else { return [] }
        let choice = currentItem.choiceOrder[position]
        var response = responses[current]
        if response.choice == choice, spec.mode == .exam { return [] }
        if response.choice != nil { response.changeCount += 1 }
        response.choice = choice
        response.struck.remove(choice)
        if spec.mode == .tutor { response.locked = true }
        responses[current] = response
        closeVisit(at: now)
        return [.response(current)]
    }

    /// Removes the answer of the current question (not in tutor mode once locked).
    @discardableResult
    public mutating func clearAnswer(at now: Double) -> [SessionChange] {
        guard canAnswer(current), responses[current].choice != nil else { return [] }
        responses[current].choice = nil
        responses[current].changeCount += 1
        closeVisit(at: now)
        return [.response(current)]
    }

    @discardableResult
    public mutating func toggleFlag(at now: Double) -> [SessionChange] {
        guard phase == .running, !items.isEmpty else { return [] }
        responses[current].flagged.toggle()
        closeVisit(at: now)
        return [.response(current)]
    }

    /// Marks the current answer as a guess (or undoes that).
    @discardableResult
    public mutating func toggleUnsure(at now: Double) -> [SessionChange] {
        guard phase == .running, !items.isEmpty else { return [] }
        responses[current].unsure.toggle()
        closeVisit(at: now)
        return [.response(current)]
    }

    /// Strikes out the choice at a display position, or restores it if already struck.
    @discardableResult
    public mutating func toggleStrike(displayPosition position: Int, at now: Double) -> [SessionChange] {
        guard canAnswer(current), position >= 0, position < currentItem.choiceOrder.count else { return [] }
        let choice = currentItem.choiceOrder[position]
        if responses[current].struck.contains(choice) {
            responses[current].struck.remove(choice)
        } else {
            responses[current].struck.insert(choice)
        }
        closeVisit(at: now)
        return [.response(current)]
    }

    /// Goes to question `index` (0-based); out-of-range indices are ignored.
    @discardableResult
    public mutating func go(to index: Int, at now: Double) -> [SessionChange] {
        guard index >= 0, index < count, index != current else { return [] }
        let previous = current
        if phase == .running { closeVisit(at: now) }
        current = index
        if phase == .running {
            responses[current].visited = true
            visitStart = now
        }
        return [.response(previous), .response(current), .position]
    }

    @discardableResult
    public mutating func next(at now: Double) -> [SessionChange] {
        go(to: current + 1, at: now)
    }

    @discardableResult
    public mutating func previous(at now: Double) -> [SessionChange] {
        go(to: current - 1, at: now)
    }

    /// Whether the current question's answer is shown as right or wrong (tutor, or after submit).
    public var revealsCurrent: Bool {
        !items.isEmpty && (phase == .submitted || responses[current].locked)
    }
}
