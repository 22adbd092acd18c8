import ExamStore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens the progress file, and when it is corrupt or foreign, sets it aside only with consent.
///
/// The file is never deleted: with `--reset-corrupt-progress`, or after the learner answers yes
/// at a terminal, it is renamed with a timestamp beside the new, empty file. Without consent the
/// command stops with the reason and leaves the file exactly as it was.
enum ProgressFileRecovery {
    /// Asks a yes/no question; nil when nobody can answer (no terminal).
    typealias Ask = (String) -> Bool

    static func open(path: String, resetCorrupt: Bool, ask: Ask?) throws -> ExamStore {
        do {
            return try ExamStore(path: path)
        } catch let error as StoreError where error.kind == .corrupt || error.kind == .foreign {
            let label = error.kind == .corrupt ? "corrupt" : "foreign"
            let consent = resetCorrupt || (ask?(
                "mmprep: \(error.description)\nKeep it as \(path).\(label)-<date-time> and start a new, empty progress file? [y/N] "
            ) ?? false)
            guard consent else {
                throw ValidationFailure("mmprep: \(error.description); the file was left unchanged (run with --reset-corrupt-progress to keep it aside and start a new one)")
            }
            let kept = try ProgressFile.setAside(path, label: label)
            printError("mmprep: kept the old progress file as \(kept); starting a new one at \(path)")
            return try ExamStore(path: path)
        }
    }

    /// Asks on the terminal when both standard input and standard error are one; otherwise nil.
    static func terminalAsk() -> Ask? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDERR_FILENO) == 1 else { return nil }
        return { question in
            FileHandle.standardError.write(Data(question.utf8))
            guard let answer = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
            return answer == "y" || answer == "yes"
        }
    }
}
