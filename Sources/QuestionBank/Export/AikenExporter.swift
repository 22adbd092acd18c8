/// Writes questions as Aiken: the stem on one line, `A) …` choice lines and `ANSWER: X`, with a
/// blank line between questions. Aiken holds no ids, feedback or explanations.
enum AikenExporter {
    static func export(_ questions: [Question]) -> ExportResult {
        var blocks: [String] = []
        var diagnostics: [Diagnostic] = []
        for question in questions {
            let here = QuestionExporter.location(question)
            let stem = oneLine(question.stem)
            let stemScalars = ScalarText(text: stem)
            if stemScalars.count < 2 || AikenImporter.isAnswerLine(stemScalars) || stem.hasPrefix("ANSWER:") {
                diagnostics.append(.warning(here, "question '\(question.id)' not exported: an Aiken reader would not take its stem for a question line"))
                continue
            }
            if question.stem != stem || question.choices.contains(where: { oneLine($0.text) != $0.text }) {
                diagnostics.append(.warning(here, "question '\(question.id)': line breaks were joined with spaces, since Aiken texts are one line"))
            }
            var lines = [stem]
            for (index, choice) in question.choices.enumerated() {
                lines.append("\(ImportAssembler.letter(index))) \(oneLine(choice.text))")
            }
            lines.append("ANSWER: \(ImportAssembler.letter(question.correctIndex))")
            blocks.append(lines.joined(separator: "\n") + "\n")
        }
        return ExportResult(text: blocks.joined(separator: "\n"), exportedCount: blocks.count, diagnostics: diagnostics)
    }

    /// The text with its lines joined by single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
