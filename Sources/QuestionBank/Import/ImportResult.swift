import Foundation

/// A question file format that banks are imported from and exported to.
public enum InterchangeFormat: String, CaseIterable, Sendable {
    case gift, aiken, csv, json
}

/// What an importer needs besides the text of the file.
public struct ImportOptions: Sendable {
    /// Domain for questions whose file names none; a question's own domain wins.
    public var domain: String?
    /// Start of derived ids (`<prefix>-<n>`); by default the file name as a slug.
    public var idPrefix: String?
    /// Column names of a CSV file that has no header row, in order (`-` ignores a column).
    public var columns: [String]?
    /// Topic for questions whose file names none.
    public var topic: String
    /// Difficulty for questions whose file gives none.
    public var difficulty: Int
    /// Declared domain ids; when given, a GIFT category names a domain only if it is one of them.
    public var knownDomains: Set<String>?

    public init(domain: String? = nil, idPrefix: String? = nil, columns: [String]? = nil, topic: String = "Imported", difficulty: Int = 2, knownDomains: Set<String>? = nil) {
        self.domain = domain
        self.knownDomains = knownDomains
        self.idPrefix = idPrefix
        self.columns = columns
        self.topic = topic
        self.difficulty = difficulty
    }
}

/// Questions read from a file in another format, with every problem found on the way.
public struct ImportResult: Sendable {
    public var questions: [Question]
    public var diagnostics: [Diagnostic]

    public init(questions: [Question] = [], diagnostics: [Diagnostic] = []) {
        self.questions = questions
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Reads question files in GIFT, Aiken, CSV or JSON into questions of this app.
public enum QuestionImporter {
    /// Reads the file at `path`; a file that is not UTF-8 is refused with the place of the first bad byte.
    public static func importFile(at path: String, format: InterchangeFormat, options: ImportOptions = ImportOptions()) -> ImportResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ImportResult(diagnostics: [.error(SourceLocation(file: path, line: 1, column: 1), "cannot read file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let location = BankLoader.firstInvalidUTF8(in: data, file: path)
            return ImportResult(diagnostics: [.error(location, "file is not UTF-8 text; save it as UTF-8 and import it again")])
        }
        return importText(text, file: path, format: format, options: options)
    }

    /// Reads already-decoded text; `file` names it in diagnostics and gives the default id prefix.
    public static func importText(_ text: String, file: String, format: InterchangeFormat, options: ImportOptions = ImportOptions()) -> ImportResult {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        switch format {
        case .gift: return GIFTImporter.importText(body, file: file, options: options)
        case .aiken: return AikenImporter.importText(body, file: file, options: options)
        case .csv: return CSVImporter.importText(body, file: file, options: options)
        case .json: return JSONImporter.importText(body, file: file, options: options)
        }
    }
}
