import CFuzzerDriver
import Foundation
import QuestionBank

#if canImport(Glibc)
import Glibc
#endif

/// The parser a run exercises, named by the first argument; the rest go to libFuzzer.
enum FuzzTarget: String, CaseIterable {
    case bankYAML = "bank-yaml", gift, aiken, csv, json

    var fileName: String { self == .bankYAML ? "fuzz.yaml" : "fuzz.\(rawValue)" }
    /// True for a line the format ignores (a file of only such lines may load nothing, silently).
    func ignores(_ line: Substring) -> Bool {
        switch self {
        case .bankYAML: line.hasPrefix("#")
        case .gift: line.hasPrefix("//") || line.hasPrefix("$CATEGORY")
        // Aiken skips lines shorter than two characters, as Moodle's reader does.
        case .aiken: line.count < 2
        case .csv, .json: false
        }
    }

    /// Rules whose breach is reported once per run instead of stopping it: known open findings
    /// in the importers (docs/RELIABILITY.md), kept visible without failing every run.
    var reportedRules: Set<String> {
        self == .bankYAML ? [] : ["content rejected without a diagnostic"]
    }
}

/// Chosen once in `main` before libFuzzer starts; read-only afterwards.
nonisolated(unsafe) var target = FuzzTarget.bankYAML

/// Rules already reported in this run (only for ``FuzzTarget/reportedRules``).
nonisolated(unsafe) var reported: Set<String> = []

/// Stops the run as a crash, so libFuzzer saves the input that broke a rule; a reported rule
/// instead prints one `finding:` line the first time and lets the run go on.
func violated(_ rule: String, _ detail: String, _ text: String) {
    guard target.reportedRules.contains(rule) else {
        fatalError("\(target.rawValue): \(rule): \(detail)\n--- input ---\n\(text.debugDescription)")
    }
    if reported.insert(rule).inserted {
        FileHandle.standardError.write(Data("finding: \(target.rawValue): \(rule): \(detail.debugDescription) for input \(text.debugDescription)\n".utf8))
    }
}

/// Runs one input through the target's parser and checks the rules every parse must keep.
///
/// - Every diagnostic names the input file, a line within it (or one past the end) and a
///   column from 1, with a one-line, non-empty message.
/// - Input with content (not only blanks and comments) that yields nothing has at least one diagnostic.
/// - Every accepted question has an id, a stem, 2 to 6 choices and exactly one correct choice.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    // Files that are not UTF-8 are refused before parsing, with a location (tested in the main package).
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let diagnostics: [Diagnostic]
    let questions: [Question]
    var loadedAnything: Bool
    switch target {
    case .bankYAML:
        let result = BankLoader.parse(files: [(path: target.fileName, text: text)])
        diagnostics = result.diagnostics
        questions = result.bank.questions
        loadedAnything = !questions.isEmpty || !result.bank.domains.isEmpty || !result.bank.blueprints.isEmpty
    case .gift, .aiken, .csv, .json:
        let format = InterchangeFormat(rawValue: target.rawValue)!
        let result = QuestionImporter.importText(text, file: target.fileName, format: format, options: ImportOptions(domain: "fuzz"))
        diagnostics = result.diagnostics
        questions = result.questions
        loadedAnything = !questions.isEmpty
    }

    // Every line break YAML knows (CR, LF, CRLF, NEL, LS, PS) starts a line.
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
    for diagnostic in diagnostics {
        let location = diagnostic.location
        if location.file != target.fileName { violated("diagnostic names another file", "\(diagnostic)", text) }
        if location.line < 1 || location.line > lines + 1 { violated("line outside the input", "\(lines) lines: \(diagnostic)", text) }
        if location.column < 1 { violated("column below 1", "\(diagnostic)", text) }
        if diagnostic.message.isEmpty { violated("empty message", "\(diagnostic)", text) }
        if diagnostic.message.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) { violated("message spans lines", "\(diagnostic)", text) }
    }
    // Content is a line with something visible once controls and blanks are dropped (the
    // importers skip what a reader could not see) that the format does not ignore. In GIFT a
    // `$CATEGORY:` line takes its whole block (up to a blank line) with it, as in Moodle.
    var hasContent = false
    var inCategory = false
    // YAML breaks lines at CR, LF, NEL, LS and PS; the importers' formats only at LF (and CRLF).
    let breaksLine: (Character) -> Bool = target == .bankYAML ? { $0.isNewline } : { (c: Character) in c == "\n" || c == "\r\n" }
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: breaksLine) {
        let visible = Substring(String(String.UnicodeScalarView(line.unicodeScalars.filter {
            !($0.properties.generalCategory == .control || $0.properties.generalCategory == .format || $0.properties.isWhitespace)
        })))
        if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { inCategory = false }
        if visible.isEmpty { continue }
        if target == .gift, visible.hasPrefix("$CATEGORY") { inCategory = true }
        if !inCategory, !target.ignores(visible) {
            hasContent = true
            break
        }
    }
    if hasContent, !loadedAnything, diagnostics.isEmpty { violated("content rejected without a diagnostic", "", text) }
    for question in questions {
        if question.id.isEmpty || question.stem.isEmpty { violated("accepted question without id or stem", question.id, text) }
        if !(2...6).contains(question.choices.count) { violated("accepted question with too few or many choices", "\(question.id): \(question.choices.count)", text) }
        if question.choices.filter(\.isCorrect).count != 1 { violated("accepted question without exactly one correct choice", question.id, text) }
    }
    return 0
}

var arguments = CommandLine.arguments
guard arguments.count >= 2, let chosen = FuzzTarget(rawValue: arguments[1]) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
    FileHandle.standardError.write(Data("usage: mmprep-fuzz \(names) [libFuzzer options] [corpus folders]\n".utf8))
    exit(2)
}
target = chosen
arguments.remove(at: 1)
var argc = Int32(arguments.count)
var cStrings = arguments.map { strdup($0) } + [nil]
cStrings.withUnsafeMutableBufferPointer { buffer in
    var argv = buffer.baseAddress
    exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
}
