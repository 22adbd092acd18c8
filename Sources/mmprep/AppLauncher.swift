import ArgumentParser
import CursesBackend
import ExamApp
import ExamStore
import Foundation
import QuestionBank

/// Starts the full-screen app: loads banks and progress, takes the terminal, runs, restores.
enum AppLauncher {
    /// Runs the app; `initial` chooses what opens first (an exam, a drill…) from the loaded bank.
    static func launch(options: GlobalOptions, initial: (inout AppState) throws -> [Effect]) throws {
        let (bank, errors) = try options.loadBank()
        let store = try options.openStore()
        // Decide what opens first before taking the terminal, so a bad argument is a plain error.
        var state = AppState(bank: bank, width: 80, height: 24)
        let effects = try initial(&state)
        do {
            try CursesTerminal.preflight(environment: CursesTerminal.processEnvironment())
        } catch let error as TerminalError {
            printError(error.message)
            throw ExitCode(2)
        }
        let notice = errors.isEmpty ? nil : "\(errors.count) bank errors (first: \(errors[0])); run 'mmprep bank validate'"
        try CursesTerminal.withTerminal { terminal in
            let runner = AppRunner(state: state, store: store, backend: terminal)
            runner.run(initial: effects, notice: notice)
        }
    }
}
