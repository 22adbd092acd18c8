import CursesBackend
import ExamApp
import ExamEngine
import ExamStore
import Foundation
import LearningModel
import QuestionBank
import TerminalUI

/// The effect loop: draws the state, turns events into messages, and performs effects.
///
/// Holds no rules: every decision is in `AppState.update`; this type only does the I/O.
final class AppRunner {
    var state: AppState
    let store: ExamStore
    let backend: TerminalBackend
    /// Where the clock comes from (tests may substitute a fake one).
    let clock: () -> Instant
    private var queue: [Msg] = []
    /// Attempts open in this process; another window may not resume them meanwhile.
    let claims: AttemptClaims
    /// Changes whose save failed (a full disk), per attempt; retried with the next save.
    var unsaved: [Int64: [SessionChange]] = [:]
    /// How many blueprints a home load estimates readiness for (see ``run(initial:notice:)``).
    private var homeReadinessLimit = Int.max
    /// The first home screen's data, read on another thread while the runner got ready.
    var prefetchedHome: BackgroundResult<HomeData>?

    init(state: AppState, store: ExamStore, backend: TerminalBackend, clock: @escaping () -> Instant = SystemClock.instant) {
        let size = backend.size
        self.state = state
        self.state.width = size.width
        self.state.height = size.height
        self.store = store
        self.backend = backend
        self.clock = clock
        claims = AttemptClaims(databasePath: store.path)
    }

    /// Runs until the user quits or a termination signal arrives; `initial` effects run first.
    func run(initial: [Effect] = [], notice: String? = nil) {
        let start = clock()
        _ = state.update(.tick, at: start)
        if let notice { _ = state.update(.failed(notice), at: start) }
        // The first home screen shows one blueprint's readiness; the others (for the stats
        // screen) are worked out right after it is drawn.
        homeReadinessLimit = 1
        perform([.loadHome] + initial, at: start)
        homeReadinessLimit = .max
        drain()
        let exitAfterFirstFrame = ProcessInfo.processInfo.environment["MMPREP_EXIT_AFTER_FIRST_FRAME"] == "1"
        var firstFrame = true
        while !state.isFinished {
            backend.present(AppView.render(state))
            // For measuring start-up from outside (docs/BENCHMARKS.md): stop once the first
            // complete screen has reached the terminal.
            StartupTrace.mark("screen drawn")
            if exitAfterFirstFrame { return }
            if firstFrame {
                firstFrame = false
                // Work the first screen did not need, done while the learner reads it: the
                // questions' decoding (on another thread) and the other blueprints' readiness.
                state.bank.prefetchQuestions()
                completeReadiness()
                continue
            }
            guard let event = backend.nextEvent(timeoutMilliseconds: 250) else { break }
            if CursesTerminal.pendingTerminationSignal != nil {
                CursesTerminal.clearPendingTerminationSignal()
                queue.append(.terminate)
            }
            switch event {
            case .key(let key): queue.append(.key(key))
            case .resize(let width, let height): queue.append(.resize(width: width, height: height))
            case .tick: queue.append(.tick)
            }
            drain()
            DebugCrash.afterEvent(event)
        }
        if !state.isFinished {
            // Input ended (a closed terminal): save like a termination signal.
            queue.append(.terminate)
            drain()
        }
        reportUnsaved()
    }

    /// Adds the readiness estimates the first home load left out, and shows them.
    private func completeReadiness() {
        var data = state.home
        guard HomeLoader.addReadiness(to: &data, bank: state.bank) else { return }
        queue.append(.homeLoaded(data))
        drain()
    }

    /// Feeds queued messages to `update` and performs what it asks, until nothing is left.
    private func drain() {
        while !queue.isEmpty {
            let msg = queue.removeFirst()
            let instant = clock()
            let effects = state.update(msg, at: instant)
            perform(effects, at: instant)
        }
    }

    private func perform(_ effects: [Effect], at instant: Instant) {
        for effect in effects {
            do {
                if let reply = try perform(effect, at: instant) { queue.append(reply) }
            } catch {
                queue.append(.failed("\(error)"))
            }
        }
    }

    private func perform(_ effect: Effect, at instant: Instant) throws -> Msg? {
        let wall = Date(timeIntervalSince1970: instant.wall)
        switch effect {
        case .loadHome:
            if let prefetched = prefetchedHome {
                prefetchedHome = nil
                let data = try prefetched.value.get()
                StartupTrace.mark("home data ready")
                return .homeLoaded(data)
            }
            return .homeLoaded(try HomeLoader.home(store: store, bank: state.bank, now: instant.wall, readinessLimit: homeReadinessLimit))
        case .startExam(let spec):
            let items = try ExamAssembler.assemble(spec, from: state.bank, lastSeen: try store.lastSeen(), seed: UInt64.random(in: .min ... .max))
            let session = ExamSession(spec: spec, items: items, now: instant.monotonic)
            let id = try store.createAttempt(session, bank: state.bank, seed: 0, wallTime: wall)
            try claims.claim(id)
            return .examStarted(session, attemptID: id)
        case .save(let changes, let session, let attemptID):
            try save(changes, of: session, attempt: attemptID, at: instant)
        case .submit(let session, let report, let attemptID):
            if session.spec.isAdaptive { try store.trimItems(of: session, attempt: attemptID) }
            try store.submit(session, report: report, attempt: attemptID, now: instant.monotonic, wallTime: wall)
            unsaved[attemptID] = nil
            claims.release(attemptID)
        case .loadAttempt(let id):
            let session = try store.loadSession(id)
            if !session.isSubmitted { try claims.claim(id) }
            return .attemptLoaded(session, attemptID: id)
        case .loadHistory:
            return .historyLoaded(try store.attempts(limit: 2000))
        case .loadQuestionList(let source):
            return .questionListLoaded(source, try study.questions(for: source, at: instant.wall))
        case .loadPreviousScore(let blueprint, let before):
            return .previousScoreLoaded(try store.previousScore(blueprintID: blueprint, before: before))
        case .saveExamDate(let date):
            var settings = try store.settings()
            settings.examDate = date
            try store.saveSettings(settings)
        case .chooseNextQuestion(let session):
            return .nextQuestionChosen(try chooseNextQuestion(for: session, at: instant))
        case .appendQuestion(let changes, let session, let attemptID):
            try store.appendItem(of: session, attempt: attemptID, bank: state.bank, changes: changes, now: instant.monotonic, wallTime: wall)
        case .quit:
            break
        }
        return nil
    }
}
