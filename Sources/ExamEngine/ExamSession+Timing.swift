/// The clock of a session: elapsed and remaining time, suspend, resume and the automatic submit.
extension ExamSession {
    /// Seconds used so far; the clock runs only while the session is running.
    public func elapsed(at now: Double) -> Double {
        guard phase == .running, let start = segmentStart else { return elapsedBeforeSegment }
        return elapsedBeforeSegment + max(0, now - start)
    }

    /// Seconds left for a timed session (never negative), or nil when untimed.
    public func remaining(at now: Double) -> Double? {
        spec.timeLimit.map { max(0, $0 - elapsed(at: now)) }
    }

    /// Ahead (positive) or behind (negative) the even pace, in seconds, for a timed session.
    ///
    /// The pace assumes each question gets an equal share of the limit: after answering k
    /// questions the learner should have used k shares.
    public func paceDelta(at now: Double) -> Double? {
        guard let limit = spec.timeLimit, count > 0 else { return nil }
        let perQuestion = limit / Double(count)
        return Double(answeredCount) * perQuestion - elapsed(at: now)
    }

    /// Stops the clock, charging the time to the current question.
    @discardableResult
    public mutating func suspend(at now: Double) -> [SessionChange] {
        guard phase == .running else { return [] }
        closeVisit(at: now)
        elapsedBeforeSegment = elapsed(at: now)
        segmentStart = nil
        phase = .suspended
        return [.timer, .response(current)]
    }

    /// Restarts the clock from the same remaining time.
    @discardableResult
    public mutating func resume(at now: Double) -> [SessionChange] {
        guard phase == .suspended else { return [] }
        phase = .running
        segmentStart = now
        visitStart = now
        if !items.isEmpty { responses[current].visited = true }
        return [.timer]
    }

    /// Advances time; submits automatically when a timed session reaches zero.
    @discardableResult
    public mutating func tick(at now: Double) -> [SessionChange] {
        guard phase == .running, let left = remaining(at: now), left <= 0 else { return [] }
        return submit(at: now)
    }

    /// Ends the session; no answer changes after this.
    @discardableResult
    public mutating func submit(at now: Double) -> [SessionChange] {
        guard phase != .submitted else { return [] }
        if phase == .running {
            closeVisit(at: now)
            elapsedBeforeSegment = elapsed(at: now)
        }
        if let limit = spec.timeLimit { elapsedBeforeSegment = min(elapsedBeforeSegment, limit) }
        segmentStart = nil
        phase = .submitted
        return [.response(current), .timer, .submitted]
    }

    /// Thresholds (in seconds remaining) crossed between two instants, e.g. the 30- and 5-minute warnings.
    public func warningsCrossed(_ thresholds: [Double], from earlier: Double, to later: Double) -> [Double] {
        guard let before = remaining(at: earlier), let after = remaining(at: later) else { return [] }
        return thresholds.filter { before > $0 && after <= $0 }
    }

    /// Adds the time since the visit began to the current question.
    mutating func closeVisit(at now: Double) {
        guard let start = visitStart, !items.isEmpty else { return }
        responses[current].timeSpent += max(0, now - start)
        visitStart = now
    }
}
