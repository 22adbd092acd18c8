import ArgumentParser
import ExamApp
import ExamEngine
import ExamStore
import Foundation
import LearningModel
import QuestionBank
import Synchronization
import TerminalUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// When a command uses the plain line-by-line mode instead of the full-screen app.
enum PlainMode {
    /// Never (the home screen: without a terminal it stops with a clear error).
    case never
    /// When the full-screen app cannot run: stdin or stdout is not a terminal, TERM is dumb or unknown.
    case whenNoTerminal
    /// Asked for with `--plain`.
    case always
}

/// `--plain`, shared by the commands that run a session.
struct PlainOption: ParsableArguments {
    @Flag(help: "Plain line-by-line mode for screen readers and scripts (chosen by itself when there is no terminal or TERM=dumb).")
    var plain = false

    var mode: PlainMode { plain ? .always : .whenNoTerminal }
}

/// The termination signal received and not yet handled, or 0; set from a signal handler.
private let plainSignal = Atomic<Int32>(0)

/// The plain mode's I/O: reads lines from stdin, prints `PlainSession`'s replies, saves to the store.
///
/// Holds no rules: what a line means is decided by `PlainSession`. The loop waits for input at
/// most a second at a time so the clock is saved every few seconds and a timed exam is
/// submitted when its time runs out. End of input, SIGINT, SIGTERM and SIGHUP pause and save.
final class PlainRunner {
    let bank: Bank
    let store: ExamStore
    let width: Int
    /// Input comes from a person at a terminal (who sees their typing); otherwise each line is echoed.
    let interactive: Bool
    private let output = PlainOutputStream()
    /// The open attempt, so another window cannot run it at the same time.
    private let claims: AttemptClaims
    /// Changes whose save failed, written again with the next save.
    private var unsaved: [SessionChange] = []

    init(bank: Bank, store: ExamStore, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.bank = bank
        self.store = store
        width = environment["COLUMNS"].flatMap { Int($0) }.map { max(20, $0) } ?? 80
        interactive = isatty(STDIN_FILENO) == 1
        claims = AttemptClaims(databasePath: store.path)
    }

    /// Performs the command's opening effects (start, resume or review), then runs the session.
    func run(_ effects: [Effect], state: AppState) throws {
        guard let session = try open(effects, state: state) else { return }
        installSignalHandlers()
        loop(session)
    }

    /// Turns the opening effects into a session; prints why when there is nothing to run.
    private func open(_ effects: [Effect], state: AppState) throws -> PlainSession? {
        let instant = SystemClock.instant()
        for effect in effects {
            switch effect {
            case .startExam(let spec):
                let items: [ExamItem]
                do {
                    items = try ExamAssembler.assemble(spec, from: bank, lastSeen: try store.lastSeen(), seed: UInt64.random(in: .min ... .max))
                } catch let error as AssemblyError {
                    throw ValidationFailure("mmprep: \(error)")
                }
                let session = ExamSession(spec: spec, items: items, now: instant.monotonic)
                let id = try store.createAttempt(session, bank: bank, seed: 0, wallTime: Date(timeIntervalSince1970: instant.wall))
                try claims.claim(id)
                return try plainSession(session, attemptID: id, at: instant)
            case .loadAttempt(let id):
                let session = try store.loadSession(id)
                if !session.isSubmitted { try claims.claim(id) }
                return try plainSession(session, attemptID: id, at: instant)
            case .loadQuestionList(let source):
                let ids = try StudySource(store: store, bank: bank).questions(for: source, at: instant.wall)
                // The app's own rule turns the list into a review session (or says why there is none).
                var app = state
                let next = app.update(.questionListLoaded(source, ids), at: instant)
                if next.isEmpty {
                    output.lines(TextWrap.wrap(app.message?.text ?? "Nothing to review.", width: width))
                    return nil
                }
                return try open(next, state: app)
            default:
                continue
            }
        }
        if state.screen == .drillPicker {
            let domains = bank.domains.map(\.id).joined(separator: ", ")
            throw ValidationFailure("mmprep: a drill in plain mode needs --domain; domains: \(domains)")
        }
        throw ValidationFailure("mmprep: plain mode runs an exam, a drill, a review or a resume; see 'mmprep --help'")
    }

    /// Wraps `session` for plain mode, with the score of the previous attempt at its blueprint.
    private func plainSession(_ session: ExamSession, attemptID: Int64, at instant: Instant) throws -> PlainSession {
        var plain = PlainSession(bank: bank, session: session, attemptID: attemptID, width: width, now: instant.monotonic)
        // As on the full-screen results: only a blueprint's timed exams are compared.
        if let blueprint = session.spec.blueprintID, session.spec.mode == .exam {
            plain.previousScore = try store.previousScore(blueprintID: blueprint, before: attemptID)
        }
        return plain
    }

    private func loop(_ start: PlainSession) {
        var session = start
        let reader = LineReader(fileDescriptor: STDIN_FILENO)
        process(session.open(at: SystemClock.monotonic()), &session)
        while !session.isFinished {
            guard output.write(session.prompt) else {
                process(session.stop(at: SystemClock.monotonic()), &session)
                return
            }
            var answered = false
            while !answered {
                let event = reader.next(timeoutMilliseconds: 1000)
                let now = SystemClock.monotonic()
                if plainSignal.load(ordering: .relaxed) != 0 {
                    output.write("\n")
                    process(session.stop(at: now), &session)
                    return
                }
                switch event {
                case .line(let text):
                    if !interactive { output.write(TextSanitizer.clean(text) + "\n") }
                    process(session.handle(text, at: now), &session)
                    answered = true
                case .timeout:
                    let out = session.tick(at: now)
                    if !out.lines.isEmpty { output.write("\n") }
                    process(out, &session)
                    // A tick that printed (time ran out) ends the wait so the new prompt shows.
                    answered = !out.lines.isEmpty
                case .end:
                    output.write("\n")
                    process(session.stop(at: now), &session)
                    return
                }
            }
        }
    }

    /// Performs the store work, then prints the lines (so nothing is shown as done before it is
    /// stored); an adaptive drill's next question is chosen here and handed back to the session.
    private func process(_ out: PlainOutput, _ session: inout PlainSession) {
        let instant = SystemClock.instant()
        let wall = Date(timeIntervalSince1970: instant.wall)
        var choose = false
        for effect in out.effects {
            do {
                switch effect {
                case .save(let changes, let saved, let attemptID):
                    try save(changes, of: saved, attempt: attemptID, at: instant)
                case .appendQuestion(let changes, let saved, let attemptID):
                    try store.appendItem(of: saved, attempt: attemptID, bank: bank, changes: changes, now: instant.monotonic, wallTime: wall)
                case .submit(let submitted, let report, let attemptID):
                    try store.submit(submitted, report: report, attempt: attemptID, now: instant.monotonic, wallTime: wall)
                    unsaved = []
                    claims.release(attemptID)
                case .chooseNextQuestion:
                    choose = true
                default:
                    break
                }
            } catch {
                printError("mmprep: \(error)")
            }
        }
        output.lines(out.lines)
        guard choose else { return }
        do {
            let item = try chooseNextQuestion(for: session.session, at: instant)
            process(session.appendChosen(item, at: SystemClock.monotonic()), &session)
        } catch {
            printError("mmprep: could not choose the next question: \(error)")
        }
    }

    /// Saves `changes` with any earlier ones whose save failed (a full disk), so they are written again.
    private func save(_ changes: [SessionChange], of session: ExamSession, attempt: Int64, at instant: Instant) throws {
        var all = unsaved
        for change in changes where !all.contains(change) { all.append(change) }
        do {
            try store.save(all, of: session, attempt: attempt, now: instant.monotonic, wallTime: Date(timeIntervalSince1970: instant.wall))
        } catch {
            unsaved = all
            throw StoreError("not saved yet, saved again with your next action (\(error))")
        }
        unsaved = []
        if session.phase == .suspended { claims.release(attempt) }
    }

    /// The adaptive drill's next question, chosen by the learning model from the learner's history.
    private func chooseNextQuestion(for session: ExamSession, at instant: Instant) throws -> ExamItem? {
        try StudySource(store: store, bank: bank).nextQuestion(for: session, at: instant.wall)
    }

    /// SIGINT, SIGTERM and SIGHUP set a flag that the loop sees within a second (poll returns early).
    private func installSignalHandlers() {
        _ = plainSignal.load(ordering: .relaxed)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            let previous = signal(signalNumber) { received in plainSignal.store(received, ordering: .relaxed) }
            // A signal the launcher chose to ignore (nohup, background jobs) stays ignored.
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(signalNumber, SIG_IGN)
            }
        }
        // A reader that goes away must not kill the process before the pause is saved.
        signal(SIGPIPE, SIG_IGN)
    }
}
