import ArgumentParser
import ExamApp

/// The `mmprep` command: the full-screen app by default, with subcommands for scripts.
@main
struct MMPrep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mmprep",
        abstract: "Practise for medical office management certification exams (CMOM-style, CMM-style).",
        discussion: """
        With no subcommand, opens the full-screen app on the home screen. Progress is saved to
        a SQLite file after every answer; see --data-dir. Blueprints are modelled on published
        exam outlines; mmprep is not affiliated with PMI, PAHCOM or MGMA.
        """,
        subcommands: [ExamCommand.self, DrillCommand.self, ReviewCommand.self, ResumeCommand.self,
                      HistoryCommand.self, StatsCommand.self, GoalCommand.self, BankCommand.self, SRSCommand.self]
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        StartupTrace.mark("arguments read")
        try AppLauncher.launch(options: options, initial: { _ in [] })
    }
}
