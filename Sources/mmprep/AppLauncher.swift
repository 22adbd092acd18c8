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
        do {
            try CursesTerminal.preflight(environment: CursesTerminal.processEnvironment())
        } catch let error as TerminalError {
            printError(error.message)
            throw ExitCode(2)
        }
        let notice = errors.isEmpty ? nil : "\(errors.count) bank errors (first: \(errors[0])); run 'mmprep bank validate'"
        try CursesTerminal.withTerminal { terminal in
            let runner = AppRunner(bank: bank, store: store, backend: terminal)
            let effects = try initial(&runner.state)
            runner.run(initial: effects, notice: notice)
        }
    }
}
