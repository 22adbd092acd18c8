import ArgumentParser
import Foundation
import QuestionBank

/// `mmprep bank stats`: coverage per domain, topic and difficulty, and full exams per blueprint.
struct BankStats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show questions per domain, topic and difficulty, and how many full exams each blueprint can draw."
    )

    @Option(name: .customLong("banks"), help: "Also load this bank folder (repeatable).")
    var banks: [String] = []

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let result = BankLoader.load(paths: try BankLocations(extra: banks).folders())
        let report = BankCoverageReport(bank: result.bank)
        if json {
            print(try report.jsonString())
        } else {
            print(report.text())
        }
        if !result.errors.isEmpty {
            FileHandle.standardError.write(Data("mmprep: \(result.errors.count) bank errors; run 'mmprep bank validate'\n".utf8))
        }
    }
}
