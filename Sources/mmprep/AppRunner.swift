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

    init(state: AppState, store: ExamStore, backend: TerminalBackend, clock: @escaping () -> Instant = SystemClock.instant) {
        let size = backend.size
        self.state = state
        self.state.width = size.width
        self.state.height = size.height
        self.store = store
        self.backend = backend
        self.clock = clock
    }

    /// Runs until the user quits or a termination signal arrives; `initial` effects run first.
    func run(initial: [Effect] = [], notice: String? = nil) {
        let start = clock()
        _ = state.update(.tick, at: start)
        if let notice { _ = state.update(.failed(notice), at: start) }
        perform([.loadHome] + initial, at: start)
        drain()
        while !state.isFinished {
            backend.present(AppView.render(state))
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
        }
        if !state.isFinished {
            // Input ended (a closed terminal): save like a termination signal.
            queue.append(.terminate)
            drain()
        }
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
            return .homeLoaded(try HomeLoader.load(store: store, bank: state.bank, now: instant.wall))
        case .startExam(let spec):
            let items = try ExamAssembler.assemble(spec, from: state.bank, lastSeen: try store.lastSeen(), seed: UInt64.random(in: .min ... .max))
            let session = ExamSession(spec: spec, items: items, now: instant.monotonic)
            let id = try store.createAttempt(session, bank: state.bank, seed: 0, wallTime: wall)
            return .examStarted(session, attemptID: id)
        case .save(let changes, let session, let attemptID):
            try store.save(changes, of: session, attempt: attemptID, now: instant.monotonic, wallTime: wall)
        case .submit(let session, let report, let attemptID):
            try store.submit(session, report: report, attempt: attemptID, now: instant.monotonic, wallTime: wall)
        case .loadAttempt(let id):
            return .attemptLoaded(try store.loadSession(id), attemptID: id)
        case .loadHistory:
            return .historyLoaded(try store.attempts(limit: 2000))
        case .loadQuestionList(let source):
            return .questionListLoaded(source, source == .missed ? try store.missedQuestionIDs() : try store.flaggedQuestionIDs())
        case .loadPreviousScore(let blueprint, let before):
            return .previousScoreLoaded(try store.previousScore(blueprintID: blueprint, before: before))
        case .quit:
            break
        }
        return nil
    }
}

/// Builds the home screen's data from the store.
enum HomeLoader {
    static func load(store: ExamStore, bank: Bank, now: Double) throws -> HomeData {
        let answers = try store.answers()
        let domains = MasteryEstimator.estimate(answers, keys: bank.domains.map(\.id), by: \.domain, now: now)
        var topics: [TopicMastery] = []
        for domain in bank.domains {
            let inDomain = answers.filter { $0.domain == domain.id }
            let keys = bank.topics(in: domain.id)
            topics += MasteryEstimator.estimate(inDomain, keys: keys, by: \.topic, now: now).map { TopicMastery(domain: domain.id, estimate: $0) }
        }
        return HomeData(
            resumable: try store.resumableAttempts(), recent: try store.attempts(limit: 20),
            domainMastery: domains, topicMastery: topics, answerCount: answers.count
        )
    }
}
