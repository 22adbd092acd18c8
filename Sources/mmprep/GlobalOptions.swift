import ArgumentParser
import ExamStore
import Foundation
import QuestionBank

/// Options every command shares: where banks and progress live.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("banks"), help: ArgumentHelp("Also load the bank folder DIR (repeatable); see QuestionBanks/FORMAT.md.", valueName: "DIR"))
    var banks: [String] = []

    @Flag(name: .customLong("only-banks"), help: "Load only the --banks folders, not the shipped banks.")
    var onlyBanks = false

    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Keep progress in DIR (default: $MMPREP_DATA_DIR, else $XDG_DATA_HOME/mmprep, else ~/.local/share/mmprep).", valueName: "DIR"))
    var dataDir: String?

    @Flag(name: .customLong("reset-corrupt-progress"), help: "If the progress file is corrupt or not mmprep's, rename it with a timestamp and start a new one (at a terminal mmprep asks instead).")
    var resetCorruptProgress = false

    /// The progress file's folder, by the documented order of precedence.
    func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let dataDir { return dataDir }
        if let dir = environment["MMPREP_DATA_DIR"], !dir.isEmpty { return dir }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/mmprep" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/mmprep"
    }

    var databasePath: String { dataDirectory() + "/progress.sqlite" }

    /// Loads the banks; prints every error to stderr and fails when nothing usable loaded.
    func loadBank(printErrors: Bool = true) throws -> (Bank, [Diagnostic]) {
        let folders = try BankLocations(extra: banks, replaceShipped: onlyBanks).folders()
        let result = BankStartup.load(paths: folders, cacheDirectory: cacheDirectory())
        if printErrors {
            for error in result.errors { printError(error.description) }
        }
        guard result.bank.questionCount > 0 else {
            throw ValidationFailure("mmprep: no questions could be loaded from \(folders.joined(separator: ", "))")
        }
        return (result.bank, result.errors)
    }

    func openStore() throws -> ExamStore {
        try ProgressFileRecovery.open(path: databasePath, resetCorrupt: resetCorruptProgress, ask: ProgressFileRecovery.terminalAsk())
    }

    /// Loads the banks and opens the progress file side by side, on two cores.
    ///
    /// Both take about a third of the start-up each and need nothing from the other. The file is
    /// opened on another thread; if it is damaged or foreign, the usual recovery (which may ask
    /// at the terminal) runs here, on this thread, once the banks are loaded.
    func loadBankAndOpenStore() throws -> (bank: Bank, errors: [Diagnostic], store: ExamStore) {
        let path = databasePath
        let opening = BackgroundResult { try ExamStore(path: path) }
        let (bank, errors) = try loadBank()
        StartupTrace.mark("banks read")
        let opened = opening.value
        StartupTrace.mark("progress file open")
        switch opened {
        case .success(let store): return (bank, errors, store)
        case .failure(let error as StoreError) where error.kind == .corrupt || error.kind == .foreign:
            return (bank, errors, try openStore())
        case .failure(let error): throw error
        }
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
