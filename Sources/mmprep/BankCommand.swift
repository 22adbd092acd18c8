import ArgumentParser
import Foundation
import QuestionBank

/// `mmprep bank …`: check and describe question banks.
struct BankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank",
        abstract: "Check, describe, import and export question banks.",
        subcommands: [ValidateBanks.self, BankStats.self, ImportBank.self, ExportBank.self]
    )
}

/// `mmprep bank validate [PATH...]`.
struct ValidateBanks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check bank files and print each problem as file:line:column: message.",
        discussion: "With no PATH, checks the shipped banks and any --banks folders. Exits 1 when there are errors (or warnings, with --strict)."
    )

    @Argument(help: "Bank files or folders to check (default: the shipped banks).")
    var paths: [String] = []

    @Option(name: .customLong("banks"), help: "Also load this bank folder (repeatable).")
    var banks: [String] = []

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let result: BankLoadResult
        if paths.isEmpty {
            result = BankLoader.load(paths: try BankLocations(extra: banks).folders())
        } else {
            // Single files may name domains declared by the shipped domains.yaml.
            let base = BankLocations.shippedFolder().map { BankLoader.load(paths: [$0 + "/domains.yaml"]).bank.domains } ?? []
            result = BankLoader.load(paths: paths + banks, baseDomains: base)
        }
        for diagnostic in result.diagnostics {
            print(diagnostic)
        }
        let bank = result.bank
        let summary = "\(bank.questions.count) questions in \(Set(bank.questions.map(\.domain)).count) domains, \(bank.blueprints.count) blueprints: \(result.errors.count) errors, \(result.warnings.count) warnings"
        FileHandle.standardError.write(Data((summary + "\n").utf8))
        if !result.errors.isEmpty || (strict && !result.warnings.isEmpty) {
            throw ExitCode(1)
        }
    }
}
