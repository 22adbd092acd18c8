import ExamEngine
import QuestionBank
import TerminalUI

/// The single entry point that changes state: one message in, effects out.
extension AppState {
    /// Applies a message that happened at `instant` and returns the work the runner must do.
    public mutating func update(_ msg: Msg, at instant: Instant) -> [Effect] {
        now = instant.monotonic
        wallTime = instant.wall
        if let shown = message, shown.until <= now { message = nil }
        switch msg {
        case .key(let key):
            return handleKey(key)
        case .resize(let width, let height):
            self.width = width
            self.height = height
            return []
        case .tick:
            return tick()
        case .homeLoaded(let data):
            home = data
            menuIndex = min(menuIndex, HomeMenu.items.count - 1)
            return []
        case .examStarted(let session, let attemptID):
            return beginExam(session, attemptID: attemptID)
        case .attemptLoaded(let session, let attemptID):
            return openLoadedAttempt(session, attemptID: attemptID)
        case .historyLoaded(let attempts):
            history.attempts = attempts
            history.loaded = true
            history.selected = min(history.selected, max(0, attempts.count - 1))
            return []
        case .questionListLoaded(let source, let ids):
            return startReviewSession(source, ids: ids)
        case .previousScoreLoaded(let score):
            exam?.previousScore = score
            return []
        case .nextQuestionChosen(let item):
            return appendChosen(item)
        case .failed(let text):
            notify(text, error: true, seconds: 8)
            return []
        case .terminate:
            return terminate()
        }
    }

    /// The keymap that applies to the screen and overlay in front.
    public var keyContext: KeyContext {
        switch overlay {
        case .help: return .help
        case .navigator: return .navigator
        case .submitConfirm: return .submitConfirm
        case .goal: return .goal
        case nil: break
        }
        switch screen {
        case .home: return .home
        case .setup: return .setup
        case .exam: return exam?.session.spec.mode == .tutor ? .tutor : .exam
        case .results: return .results
        case .review: return .review
        case .drillPicker: return .drillPicker
        case .history: return .history
        case .stats: return .stats
        }
    }

    mutating func handleKey(_ key: Key) -> [Effect] {
        if key == .ctrl("c") { return terminate() }
        if isTooSmall {
            return key == .char("q") || key == .escape ? quit() : []
        }
        // "x" then a letter strikes that choice; any other key cancels the strike.
        if overlay == nil, screen == .exam, exam?.awaitingStrike == true {
            exam?.awaitingStrike = false
            if let position = Self.choicePosition(of: key) { return strike(position) }
            message = nil
            if key == .escape { return [] }
        }
        if overlay == .goal, case .char(let c) = key, c.isNumber || c == "-" {
            if goalInput.count < 10 { goalInput.append(c) }
            return []
        }
        guard let action = Keymap.action(for: key, in: keyContext) else { return [] }
        if action == .help, overlay == nil {
            overlay = .help
            return []
        }
        switch overlay {
        case .help: overlay = nil; return []
        case .navigator: return navigatorAction(action)
        case .submitConfirm: return submitConfirmAction(action)
        case .goal: return goalAction(action)
        case nil: break
        }
        switch screen {
        case .home: return homeAction(action)
        case .setup: return setupAction(action)
        case .exam: return examAction(action)
        case .results: return resultsAction(action)
        case .review: return reviewAction(action)
        case .drillPicker: return drillAction(action)
        case .history: return historyAction(action)
        case .stats: return statsAction(action)
        }
    }

    /// A–E or 1–5 as a display position.
    static func choicePosition(of key: Key) -> Int? {
        guard case .char(let c) = key else { return nil }
        let lower = Character(c.lowercased())
        if let index = Keymap.letters.prefix(5).firstIndex(of: lower) { return index }
        if let digit = c.wholeNumberValue, (1...5).contains(digit) { return digit - 1 }
        return nil
    }

    mutating func goHome() -> [Effect] {
        screen = .home
        overlay = nil
        return [.loadHome]
    }

    mutating func quit() -> [Effect] {
        isFinished = true
        return [.quit]
    }

    /// Saves a running session (paused, so its clock stops) and leaves.
    mutating func terminate() -> [Effect] {
        var effects: [Effect] = []
        if var active = exam, !active.session.isSubmitted {
            let changes = active.session.suspend(at: now)
            exam = active
            effects.append(.save(changes, active.session, attemptID: active.attemptID))
        }
        isFinished = true
        return effects + [.quit]
    }

    mutating func tick() -> [Effect] {
        guard var active = exam, screen == .exam, active.session.phase == .running else { return [] }
        let crossed = active.session.warningsCrossed(Self.warningThresholds, from: active.lastTick, to: now)
        active.lastTick = now
        let changes = active.session.tick(at: now)
        if !changes.isEmpty {
            exam = active
            return finishExam(autoSubmitted: true)
        }
        var effects: [Effect] = []
        if now - active.lastCheckpoint >= Self.checkpointInterval {
            effects.append(.save([.timer], active.session, attemptID: active.attemptID))
            active.lastCheckpoint = now
        }
        exam = active
        if let threshold = crossed.last {
            notify("\(Int(threshold / 60)) minutes left", error: threshold <= 300, seconds: 10)
        }
        return effects
    }

    /// Seconds remaining at which the exam warns: 30 and 5 minutes.
    static let warningThresholds: [Double] = [1800, 300]
    /// The clock is saved at least this often, so a crash loses under this much time.
    static let checkpointInterval: Double = 5
}
