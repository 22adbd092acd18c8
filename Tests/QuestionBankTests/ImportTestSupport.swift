import Foundation
@testable import QuestionBank

/// Question files written outside this project, kept beside the repository (`../shared/testdata`);
/// conformance tests are skipped where the folder is absent.
enum SharedTestData {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/testdata").standardized

    static var available: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("README.md").path)
    }

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    static func json(_ relative: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path(relative))))
    }

    static func files(in folder: String, withExtension ext: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path(folder)).filter { $0.hasSuffix("." + ext) }.sorted()
    }
}

/// Imports `text` in memory with a domain and a fixed id prefix.
func importText(_ text: String, _ format: InterchangeFormat, file: String = "fixture.txt", domain: String? = "alpha", columns: [String]? = nil) -> ImportResult {
    QuestionImporter.importText(text, file: file, format: format, options: ImportOptions(domain: domain, idPrefix: "q", columns: columns))
}

/// Every item of a GIFT text read with Moodle's rules, and the parser's diagnostics.
func parseGIFT(_ text: String, file: String = "fixture.gift") -> ([GIFTItem], [Diagnostic]) {
    var parser = GIFTParser(file: file)
    let items = parser.parse(text)
    return (items, parser.diagnostics)
}

extension Array where Element == Diagnostic {
    /// `line: message` of each diagnostic, for compact expectations.
    var lineMessages: [String] {
        map { "\($0.location.line): \($0.severity == .warning ? "warning: " : "")\($0.message)" }
    }
}
