import ExamEngine
import QuestionBank

/// Where a plain-mode session is: answering, confirming a submit, reading results, reviewing, done.
public enum PlainPhase: Sendable, Equatable {
    case question
    case confirmSubmit
    case results
    case review
    case finished
}

/// What one step of plain mode produced: lines to print (in order) and store work to do.
public struct PlainOutput: Sendable, Equatable {
    public var lines: [String]
    /// `.save`, `.submit`, and for adaptive drills `.chooseNextQuestion` and `.appendQuestion`; the
    /// runner performs them with the same store calls as the full-screen app.
    public var effects: [Effect]

    public init(lines: [String] = [], effects: [Effect] = []) {
        self.lines = lines
        self.effects = effects
    }
}

/// The line-by-line mode for screen readers and scripts, as a pure state machine.
///
/// The runner feeds it typed lines, clock ticks and the end of input, each with the monotonic
/// instant; it answers with text to print and the saves to make. Nothing is ever redrawn: every
/// reply is new lines. Time is announced only when asked (`t`) and when 30, 5 or 1 minutes are
/// left, at the next reply after the moment passes; ticks only keep the clock saved and submit
/// when time runs out.
public struct PlainSession: Sendable {
    public let bank: Bank
    public internal(set) var session: ExamSession
    public let attemptID: Int64
    /// Columns to wrap to.
    public let width: Int
    public internal(set) var phase: PlainPhase
    public internal(set) var report: ExamReport?
    /// The score of the latest earlier attempt at the same blueprint in exam mode, shown with
    /// the results as the change since last time (the runner reads it from the store).
    public var previousScore: Double?
    var reviewFilter: ReviewFilter = .incorrect
    /// Position within the reviewed indices.
    var reviewPosition = 0
    /// Instant of the last reply, to announce each time warning once.
    var lastAnnounced: Double
    var lastCheckpoint: Double

    /// Remaining seconds at which plain mode announces the time: 30, 5 and 1 minutes.
    public static let warningThresholds: [Double] = [1800, 300, 60]
    /// The clock is saved at least this often while a timed session runs.
    public static let checkpointInterval: Double = 5

    /// Wraps a session just started (running) or read back from the store (suspended or submitted).
    public init(bank: Bank, session: ExamSession, attemptID: Int64, width: Int = 80, now: Double) {
        self.bank = bank
        self.session = session
        self.attemptID = attemptID
        self.width = width
        phase = session.isSubmitted ? .results : .question
        lastAnnounced = now
        lastCheckpoint = now
    }

    public var isFinished: Bool { phase == .finished }

    /// The text to show before reading a line, such as "Question 3 of 5> ".
    public var prompt: String {
        switch phase {
        case .question: return "Question \(session.current + 1) of \(session.count)> "
        case .confirmSubmit: return "Submit? y or n> "
        case .results: return "Results> "
        case .review:
            let indices = reviewIndices()
            return indices.isEmpty ? "Review> " : "Review \(min(reviewPosition, indices.count - 1) + 1) of \(indices.count)> "
        case .finished: return ""
        }
    }

    /// The first text: what the session is, then its current question (or its results).
    public mutating func open(at now: Double) -> PlainOutput {
        lastAnnounced = now
        lastCheckpoint = now
        var out = PlainOutput()
        guard !session.items.isEmpty || session.spec.isAdaptive else {
            phase = .finished
            return PlainOutput(lines: ["This session has no questions."])
        }
        if session.isSubmitted {
            report = ExamScorer.report(session, bank: bank, now: now)
            out.lines = resultsText()
            return out
        }
        let spec = session.spec
        if session.phase == .suspended {
            save(session.resume(at: now), into: &out)
            var line = "Resuming \(spec.title): \(session.answeredCount) of \(session.count) answered"
            if let left = session.remaining(at: now) { line += ", " + PlainText.duration(left, roundingDown: true) + " left" }
            out.lines += wrap(line + ".")
            if let timeUp = timeUp(at: now) { return merge(out, timeUp) }
        } else if spec.isAdaptive {
            out.lines += wrap("\(spec.title): one question at a time until you stop, tutor mode: each answer is checked at once.")
        } else {
            var line = "\(spec.title): \(session.count) question\(session.count == 1 ? "" : "s")"
            if let limit = spec.timeLimit { line += ", " + PlainText.duration(limit) }
            if spec.mode == .exam { line += ", pass mark " + PlainText.percent(spec.passPercent) }
            line += spec.mode == .tutor ? ", tutor mode: each answer is checked at once." : "."
            out.lines += wrap(line)
        }
        out.lines += wrap("Type a letter to answer, n for the next question, h for every command.")
        if session.items.isEmpty {
            // An adaptive drill starts empty: its first question is chosen from the learner's history.
            out.effects.append(.chooseNextQuestion(session))
        } else {
            out.lines += questionText()
        }
        return out
    }

    /// The adaptive drill's next question arrived: add it and read it, or end the drill when none is left.
    public mutating func appendChosen(_ item: ExamItem?, at now: Double) -> PlainOutput {
        guard phase == .question, session.phase == .running else { return PlainOutput() }
        guard let item else {
            if session.items.isEmpty {
                phase = .finished
                return PlainOutput(lines: wrap("No questions match this drill."))
            }
            return merge(PlainOutput(lines: wrap("That was the last question of this drill.")), finish(at: now))
        }
        let changes = session.append(item, at: now)
        guard !changes.isEmpty else { return PlainOutput() }
        lastCheckpoint = now
        return PlainOutput(lines: questionText(), effects: [.appendQuestion(changes, session, attemptID: attemptID)])
    }

    /// Applies one typed line.
    public mutating func handle(_ line: String, at now: Double) -> PlainOutput {
        let command = PlainCommand.parse(line)
        switch phase {
        case .question, .confirmSubmit:
            if let timeUp = timeUp(at: now) { return timeUp }
            // An adaptive drill whose next question could not be chosen yet asks again.
            if session.items.isEmpty { return PlainOutput(effects: [.chooseNextQuestion(session)]) }
            var out = PlainOutput(lines: announcements(at: now))
            if phase == .confirmSubmit {
                confirmSubmit(command, at: now, into: &out)
            } else {
                questionCommand(command, at: now, into: &out)
            }
            return out
        case .results:
            return PlainOutput(lines: resultsCommand(command))
        case .review:
            return PlainOutput(lines: reviewCommand(command))
        case .finished:
            return PlainOutput()
        }
    }

    /// Time passing with no input: keeps the clock saved, and submits when time runs out.
    public mutating func tick(at now: Double) -> PlainOutput {
        guard phase == .question || phase == .confirmSubmit, session.phase == .running else { return PlainOutput() }
        if let timeUp = timeUp(at: now) { return timeUp }
        var out = PlainOutput()
        if now - lastCheckpoint >= Self.checkpointInterval { save([.timer], into: &out, at: now) }
        return out
    }

    /// Input ended or the process was told to stop: a running session is paused and saved.
    public mutating func stop(at now: Double) -> PlainOutput {
        defer { phase = .finished }
        guard phase == .question || phase == .confirmSubmit else { return PlainOutput() }
        return pause(at: now)
    }

    // MARK: shared steps

    /// Adds a save of `changes` (if any) to `out`.
    mutating func save(_ changes: [SessionChange], into out: inout PlainOutput, at now: Double? = nil) {
        guard !changes.isEmpty else { return }
        out.effects.append(.save(changes, session, attemptID: attemptID))
        if let now { lastCheckpoint = now }
    }

    /// Submits automatically when a timed session has no time left.
    mutating func timeUp(at now: Double) -> PlainOutput? {
        guard session.phase == .running, session.tick(at: now).contains(.submitted) else { return nil }
        var out = PlainOutput(lines: wrap("Time is up: the exam was submitted automatically."))
        out = merge(out, finish(at: now))
        return out
    }

    /// The 30-, 5- and 1-minute warnings passed since the last reply (only the most urgent).
    mutating func announcements(at now: Double) -> [String] {
        defer { lastAnnounced = now }
        guard let threshold = session.warningsCrossed(Self.warningThresholds, from: lastAnnounced, to: now).last else { return [] }
        return wrap(PlainText.duration(threshold) + " left.")
    }

    /// Submits (or ends a drill) and shows the results.
    mutating func finish(at now: Double) -> PlainOutput {
        session.submit(at: now)
        let report = ExamScorer.report(session, bank: bank, now: now)
        self.report = report
        phase = .results
        return PlainOutput(lines: resultsText(), effects: [.submit(session, report, attemptID: attemptID)])
    }

    /// Stops the clock and saves; the session can be resumed later.
    mutating func pause(at now: Double) -> PlainOutput {
        var out = PlainOutput()
        let left = session.remaining(at: now)
        save(session.suspend(at: now), into: &out, at: now)
        phase = .finished
        var line = session.items.isEmpty ? "Paused and saved" : "Paused and saved at question \(session.current + 1) of \(session.count)"
        if let left { line += " with " + PlainText.duration(left, roundingDown: true) + " left" }
        out.lines = wrap(line + ".") + wrap("Resume with: mmprep resume --plain")
        return out
    }

    func wrap(_ text: String) -> [String] {
        PlainText.wrap(text, width: width)
    }

    func merge(_ first: PlainOutput, _ second: PlainOutput) -> PlainOutput {
        PlainOutput(lines: first.lines + second.lines, effects: first.effects + second.effects)
    }
}
