import ExamEngine
import QuestionBank
import TerminalUI

/// Running a session: answering, flagging, striking, moving, pausing and submitting.
extension AppState {
    mutating func beginExam(_ session: ExamSession, attemptID: Int64) -> [Effect] {
        let pace = session.spec.blueprintID.flatMap { bank.blueprint($0)?.secondsPerQuestion }
            ?? session.spec.timeLimit.map { $0 / Double(max(1, session.count)) }
        exam = ActiveExam(session: session, attemptID: attemptID, now: now, secondsPerQuestion: pace)
        screen = .exam
        overlay = nil
        return session.items.isEmpty && session.wantsAnotherQuestion ? [.chooseNextQuestion(session)] : []
    }

    /// Adds the adaptive drill's next question, or ends the drill when none is left.
    mutating func appendChosen(_ item: ExamItem?) -> [Effect] {
        guard var active = exam, screen == .exam else { return [] }
        guard let item else {
            if active.session.items.isEmpty {
                exam = nil
                notify("No questions match this drill.")
                return goHome()
            }
            notify("That was the last question of this drill.", seconds: 6)
            return finishExam(autoSubmitted: false)
        }
        let changes = active.session.append(item, at: now)
        active.scroll = 0
        exam = active
        return changes.isEmpty ? [] : [.appendQuestion(changes, active.session, attemptID: active.attemptID)]
    }

    /// A saved attempt arrived: resume it if unfinished, review it if submitted.
    mutating func openLoadedAttempt(_ session: ExamSession, attemptID: Int64) -> [Effect] {
        var session = session
        if session.isSubmitted {
            var active = ActiveExam(session: session, attemptID: attemptID, now: now, secondsPerQuestion: nil)
            active.report = ExamScorer.report(session, bank: bank, now: now)
            exam = active
            review = ReviewState(filter: .all)
            reviewReturn = .history
            screen = .review
            return []
        }
        let changes = session.resume(at: now)
        _ = beginExam(session, attemptID: attemptID)
        return [.save(changes, session, attemptID: attemptID)]
    }

    mutating func examAction(_ action: Action) -> [Effect] {
        guard var active = exam else { return goHome() }
        var changes: [SessionChange] = []
        switch action {
        case .answer(let position):
            changes = active.session.answer(displayPosition: position, at: now)
            if changes.isEmpty, active.session.currentResponse.locked {
                notify("This answer is locked; press → for the next question")
            }
        case .clearAnswer: changes = active.session.clearAnswer(at: now)
        case .toggleFlag: changes = active.session.toggleFlag(at: now)
        case .toggleUnsure: changes = active.session.toggleUnsure(at: now)
        case .next:
            changes = active.session.next(at: now)
            if changes.isEmpty, active.session.wantsAnotherQuestion {
                exam = active
                return [.chooseNextQuestion(active.session)]
            }
            if changes.isEmpty { overlay = .submitConfirm }
        case .previous: changes = active.session.previous(at: now)
        case .beginStrike:
            active.awaitingStrike = !active.session.currentResponse.locked
            if active.awaitingStrike { notify("Strike out which choice? Press its letter (Esc to cancel)", seconds: 5) }
        case .openNavigator:
            active.navigator = NavigatorState()
            active.navigator.selected = active.session.current
            overlay = .navigator
        case .toggleTimer: active.timerHidden.toggle()
        case .pageDown: active.scroll += 3
        case .pageUp: active.scroll = max(0, active.scroll - 3)
        case .submit: overlay = .submitConfirm
        case .suspend:
            exam = active
            return pause()
        default: break
        }
        if changes.contains(.position) { active.scroll = 0 }
        exam = active
        return changes.isEmpty ? [] : [.save(changes, active.session, attemptID: active.attemptID)]
    }

    mutating func strike(_ position: Int) -> [Effect] {
        guard var active = exam else { return [] }
        let changes = active.session.toggleStrike(displayPosition: position, at: now)
        exam = active
        message = nil
        return changes.isEmpty ? [] : [.save(changes, active.session, attemptID: active.attemptID)]
    }

    /// Saves and stops the clock; the home screen offers to resume.
    mutating func pause() -> [Effect] {
        guard var active = exam else { return goHome() }
        if active.session.spec.kind == .drill {
            return finishExam(autoSubmitted: false)
        }
        let changes = active.session.suspend(at: now)
        exam = nil
        let effects: [Effect] = [.save(changes, active.session, attemptID: active.attemptID)]
        notify("Saved. Resume it from the home screen (r).")
        return effects + goHome()
    }

    /// Submits and shows the results; a drill shows its summary the same way.
    mutating func finishExam(autoSubmitted: Bool) -> [Effect] {
        guard var active = exam else { return [] }
        active.session.dropUnansweredLast()
        active.session.submit(at: now)
        let report = ExamScorer.report(active.session, bank: bank, now: now)
        active.report = report
        active.awaitingStrike = false
        exam = active
        overlay = nil
        screen = .results
        if autoSubmitted { notify("Time is up: the exam was submitted automatically.", seconds: 10) }
        var effects: [Effect] = [.submit(active.session, report, attemptID: active.attemptID)]
        if let blueprint = active.session.spec.blueprintID, active.session.spec.mode == .exam {
            effects.append(.loadPreviousScore(blueprintID: blueprint, before: active.attemptID))
        }
        return effects
    }

    // MARK: navigator

    /// Question indices the navigator lists under its filter.
    public func navigatorIndices() -> [Int] {
        guard let session = exam?.session else { return [] }
        switch exam?.navigator.filter ?? .all {
        case .all: return Array(0..<session.count)
        case .unanswered: return session.unansweredIndices
        case .flagged: return session.flaggedIndices
        }
    }

    /// Columns of the navigator grid at the current width.
    public var navigatorColumns: Int { max(1, min(10, (width - 6) / 12)) }

    mutating func navigatorAction(_ action: Action) -> [Effect] {
        guard var active = exam else { overlay = nil; return [] }
        let indices = navigatorIndices()
        let position = indices.firstIndex(of: active.navigator.selected) ?? 0
        func select(_ p: Int) {
            guard !indices.isEmpty else { return }
            active.navigator.selected = indices[min(max(0, p), indices.count - 1)]
        }
        switch action {
        case .up: select(position - navigatorColumns)
        case .down: select(position + navigatorColumns)
        case .left: select(position - 1)
        case .right: select(position + 1)
        case .filter(let filter):
            active.navigator.filter = filter
            exam = active
            let filtered = navigatorIndices()
            active.navigator.selected = filtered.first { $0 >= active.session.current } ?? filtered.first ?? active.session.current
        case .select:
            guard indices.contains(active.navigator.selected) else { break }
            let changes = active.session.go(to: active.navigator.selected, at: now)
            active.scroll = 0
            exam = active
            overlay = nil
            return changes.isEmpty ? [] : [.save(changes, active.session, attemptID: active.attemptID)]
        case .submit: overlay = .submitConfirm
        case .cancel: overlay = nil
        default: break
        }
        exam = active
        return []
    }

    mutating func submitConfirmAction(_ action: Action) -> [Effect] {
        switch action {
        case .confirm: return finishExam(autoSubmitted: false)
        case .cancel: overlay = nil
        case .openNavigator: openNavigator()
        default: break
        }
        return []
    }

    /// Shows the navigator with the current question selected and no filter.
    mutating func openNavigator() {
        guard var active = exam else { return }
        active.navigator = NavigatorState()
        active.navigator.selected = active.session.current
        exam = active
        overlay = .navigator
    }
}
