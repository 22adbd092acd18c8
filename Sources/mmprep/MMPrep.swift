import ArgumentParser

/// The `mmprep` command: the full-screen app by default, with subcommands for scripts.
@main
struct MMPrep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mmprep",
        abstract: "Practise for medical office management certification exams (CMOM-style, CMM-style).",
        subcommands: [BankCommand.self]
    )
}
