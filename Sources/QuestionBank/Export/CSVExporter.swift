import CSV
import Foundation

/// Writes questions as CSV with the header the CSV importer reads first
/// (`stem,a,b,c,d,e,answer,explanation,reference,domain,topic,difficulty,id`).
/// CSV holds up to five choices and no feedback, tags, `as_of` or `shuffle`.
enum CSVExporter {
    static let header = ["stem", "a", "b", "c", "d", "e", "answer", "explanation", "reference", "domain", "topic", "difficulty", "id"]

    static func export(_ questions: [Question]) -> ExportResult {
        var rows: [[String]] = [header]
        var diagnostics: [Diagnostic] = []
        for question in questions {
            guard question.choices.count <= CSVImporter.choiceColumns.count else {
                diagnostics.append(.warning(QuestionExporter.location(question), "question '\(question.id)' not exported: it has \(question.choices.count) choices and CSV holds at most \(CSVImporter.choiceColumns.count)"))
                continue
            }
            var choices = question.choices.map(\.text)
            choices += Array(repeating: "", count: CSVImporter.choiceColumns.count - choices.count)
            rows.append([question.stem] + choices + [
                ImportAssembler.letter(question.correctIndex), question.explanation, question.reference,
                question.domain, question.topic, String(question.difficulty), question.id,
            ])
        }
        return ExportResult(text: write(rows), exportedCount: rows.count - 1, diagnostics: diagnostics)
    }

    /// RFC 4180 text for `rows`, each ending with a line feed.
    static func write(_ rows: [[String]]) -> String {
        let stream = OutputStream(toMemory: ())
        do {
            let writer = try CSVWriter(stream: stream)
            for row in rows { try writer.write(row: row) }
        } catch {
            // Writing to memory cannot fail for lack of space; an empty text shows that it did.
            return ""
        }
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
