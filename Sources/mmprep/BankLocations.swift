import Foundation
import QuestionBank

/// Finds the bank folders to load: `--banks`, `MMPREP_BANKS`, or the shipped `QuestionBanks/`.
struct BankLocations {
    /// Folders named with `--banks`; they add to the shipped banks unless `replace` is set.
    var extra: [String] = []
    var replaceShipped = false

    /// The shipped banks: beside the working directory in a checkout, above the executable
    /// (a checkout's `.build/…/mmprep`), or under `share/mmprep` of an installed prefix.
    static func shippedFolder(fileManager: FileManager = .default) -> String? {
        let marker = "domains.yaml"
        var candidates = ["QuestionBanks"]
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent("QuestionBanks").path)
            candidates.append(directory.appendingPathComponent("share/mmprep/QuestionBanks").path)
            directory = directory.deletingLastPathComponent()
        }
        return candidates.first { fileManager.fileExists(atPath: $0 + "/" + marker) }
    }

    /// Every folder to load, in order; an error message when none can be found.
    func folders(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String] {
        var folders: [String] = []
        let fromEnvironment = environment["MMPREP_BANKS"].map { $0.split(separator: ":").map(String.init) } ?? []
        if !replaceShipped, let shipped = Self.shippedFolder() { folders.append(shipped) }
        folders += fromEnvironment + extra
        guard !folders.isEmpty else {
            throw ValidationFailure("mmprep: cannot find the shipped QuestionBanks folder; run from the project folder or pass --banks DIR")
        }
        return folders
    }
}

/// A one-line message for the user, printed without a stack of context.
struct ValidationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
