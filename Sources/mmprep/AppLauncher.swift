import ArgumentParser
import CursesBackend
import ExamApp
import ExamStore
import Foundation
import QuestionBank

/// Starts the app: loads banks and progress, then takes the terminal (or runs plain mode).
///
/// Exam, drill, review and resume fall back to the plain line-by-line mode when the full-screen
/// app cannot run (no terminal, TERM=dumb or unknown). The home screen has no plain form:
/// `mmprep` alone without a terminal stops with one clear line and exit status 2.
enum AppLauncher {
    /// Runs the app; `initial` chooses what opens first (an exam, a drill…) from the loaded bank.
    static func launch(options: GlobalOptions, plain: PlainMode = .never, initial: (inout AppState) throws -> [Effect]) throws {
        // Whether the full-screen app can run is known before anything loads. When it can, the
        // C locale is set now, while this is the only thread: `setlocale` may not overlap the
        // threads that load the banks and the home screen, and they overlap the terminal set-up.
        let terminalCheck = Result { try CursesTerminal.preflight(environment: CursesTerminal.processEnvironment()) }
        if plain != .always, case .success = terminalCheck { CursesTerminal.prepareLocale() }
        let (bank, errors, store) = try options.loadBankAndOpenStore()
        // Decide what opens first before taking the terminal, so a bad argument is a plain error.
        var state = AppState(bank: bank, width: 80, height: 24)
        let effects = try initial(&state)
        do {
            if plain == .always { return try PlainRunner(bank: bank, store: store).run(effects, state: state) }
            try terminalCheck.get()
        } catch let error as TerminalError {
            if plain == .whenNoTerminal { return try PlainRunner(bank: bank, store: store).run(effects, state: state) }
            // Only the home screen lacks a plain form: point to the commands that have one.
            printError(error.message + " (line by line: mmprep exam --plain, drill --plain, review --plain)")
            throw ExitCode(2)
        }
        let notice = errors.isEmpty ? nil : "\(errors.count) bank errors (first: \(errors[0])); run 'mmprep bank validate'"
        // The home screen's data is read on other cores while the terminal is set up.
        let wall = Date().timeIntervalSince1970
        let home = BackgroundResult { try HomeLoader.home(store: store, bank: bank, now: wall, readinessLimit: 1) }
        try CursesTerminal.withTerminal { terminal in
            let runner = AppRunner(state: state, store: store, backend: terminal)
            runner.prefetchedHome = home
            runner.run(initial: effects, notice: notice)
        }
    }
}
