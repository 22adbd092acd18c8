/// A bank written in another format, with a warning for each question the format cannot hold.
public struct ExportResult: Sendable {
    public var text: String
    public var exportedCount: Int
    public var diagnostics: [Diagnostic]

    public init(text: String, exportedCount: Int, diagnostics: [Diagnostic] = []) {
        self.text = text
        self.exportedCount = exportedCount
        self.diagnostics = diagnostics
    }
}

/// Writes questions as GIFT, Aiken, CSV or JSON files that the importers read back.
public enum QuestionExporter {
    public static func export(_ questions: [Question], format: InterchangeFormat) -> ExportResult {
        switch format {
        case .gift: GIFTExporter.export(questions)
        case .aiken: AikenExporter.export(questions)
        case .csv: CSVExporter.export(questions)
        case .json: JSONExporter.export(questions)
        }
    }

    /// Where a warning about `question` is reported: its place in the bank, or its id.
    static func location(_ question: Question) -> SourceLocation {
        question.location ?? SourceLocation(file: question.id, line: 1, column: 1)
    }
}
