import ArgumentParser
import Foundation
import QuestionBank

extension InterchangeFormat: ExpressibleByArgument {}

/// `mmprep bank import FILE --format …`: a GIFT, Aiken, CSV or JSON file as a checked bank file.
struct ImportBank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a GIFT, Aiken, CSV or JSON question file into a bank file and check it.",
        discussion: """
        Writes the bank YAML to standard output, or to --output, and prints each problem to \
        standard error as file:line:column: message; the exit status is 1 when there are errors. \
        gift reads multiple choice with one right answer and true/false (other kinds are skipped \
        with a warning); csv needs a header row (stem,a,b,c,d,e,answer,explanation,reference,\
        domain,topic,difficulty) or --columns; json is described in QuestionBanks/FORMAT.md.
        """
    )

    @Argument(help: "The file to import.")
    var file: String

    @Option(help: "The file's format: gift, aiken, csv or json.")
    var format: InterchangeFormat

    @Option(help: "Domain id for questions whose file names none (required unless the file names one).")
    var domain: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the bank file to PATH instead of standard output.", valueName: "PATH"))
    var output: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Columns of a CSV file without a header, in order, such as 'stem a b c d answer' or 'stem,a,b,c,d,answer' ('-' skips a column).", valueName: "NAME"))
    var columns: [String] = []

    @Option(name: .customLong("id-prefix"), help: "Start of the ids given to questions without one (default: the file name).")
    var idPrefix: String?

    @Option(name: .customLong("banks"), help: ArgumentHelp("Also accept the domains declared in the bank folder DIR (repeatable).", valueName: "DIR"))
    var banks: [String] = []

    func validate() throws {
        if !columns.isEmpty, format != .csv { throw ValidationError("--columns applies to --format csv only") }
    }

    func run() throws {
        let names = columns.flatMap { $0.split(separator: ",").map(String.init) }
        let domains = knownDomains()
        let options = ImportOptions(
            domain: domain, idPrefix: idPrefix, columns: names.isEmpty ? nil : names,
            knownDomains: domains.isEmpty ? nil : Set(domains.map(\.id))
        )
        let imported = QuestionImporter.importFile(at: file, format: format, options: options)
        imported.diagnostics.forEach { printError($0.description) }
        guard !imported.questions.isEmpty else {
            printError("mmprep: no questions imported from \(file)")
            throw ExitCode(1)
        }
        let yaml = try BankYAMLWriter.yaml(imported.questions)
        let target = output ?? "<stdout>"
        let checked = BankLoader.parse(files: [(target, yaml)], baseDomains: domains)
        checked.diagnostics.forEach { printError($0.description) }
        if let output {
            do {
                try yaml.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw ValidationFailure("mmprep: cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(yaml.utf8))
        }
        let errors = imported.errors.count + checked.errors.count
        let warnings = imported.warnings.count + checked.warnings.count
        printError("\(imported.questions.count) questions imported to \(target): \(errors) errors, \(warnings) warnings")
        if errors > 0 { throw ExitCode(1) }
    }

    /// Domains a bank file may name: the shipped ones and those of any --banks folders.
    private func knownDomains() -> [Domain] {
        let folders = (BankLocations.shippedFolder().map { [$0] } ?? []) + banks
        let files = folders.map { $0 + "/domains.yaml" }.filter { FileManager.default.fileExists(atPath: $0) }
        return files.isEmpty ? [] : BankLoader.load(paths: files).bank.domains
    }
}

/// `mmprep bank export --format …`: the loaded banks as GIFT, Aiken, CSV or JSON.
struct ExportBank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the loaded banks as a GIFT, Aiken, CSV or JSON file.",
        discussion: "Questions a format cannot hold (more than five choices in CSV, for example) are left out with a warning on standard error."
    )

    @Option(help: "The format to write: gift, aiken, csv or json.")
    var format: InterchangeFormat

    @Option(help: "Export only this domain.")
    var domain: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to PATH instead of standard output.", valueName: "PATH"))
    var output: String?

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let (bank, _) = try options.loadBank()
        var questions = bank.questions
        if let domain {
            guard bank.domain(domain) != nil || questions.contains(where: { $0.domain == domain }) else {
                throw ValidationFailure("mmprep: unknown domain '\(domain)'; domains: \(bank.domains.map(\.id).joined(separator: ", "))")
            }
            questions = questions.filter { $0.domain == domain }
        }
        let result = QuestionExporter.export(questions, format: format)
        result.diagnostics.forEach { printError($0.description) }
        if let output {
            do {
                try result.text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw ValidationFailure("mmprep: cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(result.text.utf8))
        }
        printError("\(result.exportedCount) of \(questions.count) questions exported as \(format.rawValue)")
    }
}
