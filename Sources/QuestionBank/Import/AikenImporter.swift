/// Imports Aiken files with Moodle's rules: a one-line stem, `A)` or `A.` answer lines and an
/// `ANSWER: X` line; each error names the line it was found on.
enum AikenImporter {
    private struct Pending {
        var stem: String
        var location: SourceLocation
        var ordinal: Int
        var choices: [String] = []
    }

    static func importText(_ text: String, file: String, options: ImportOptions) -> ImportResult {
        var assembler = ImportAssembler(file: file, options: options)
        let scalars = ScalarText(text: text)
        let separator: Unicode.Scalar = !scalars.contains("\n") && scalars.contains("\r") ? "\r" : "\n"
        var pending: Pending?
        var ordinal = 0
        for (offset, raw) in scalars.explode(separator).enumerated() {
            let line = raw.trimmed()
            // Lines shorter than two characters are skipped, so blank lines never matter.
            guard line.count >= 2 else { continue }
            let indent = raw.prefix(while: { $0 == " " || $0 == "\t" }).count
            let here = SourceLocation(file: file, line: offset + 1, column: indent + 1)
            if isAnswerLine(line) {
                guard pending != nil else {
                    assembler.error(here, "question not started: an answer line must follow a question line")
                    continue
                }
                pending?.choices.append(line.tail(from: 2).trimmed().string)
            } else if line.hasPrefix("ANSWER:") {
                guard let question = pending else {
                    assembler.error(here, "question not started: an 'ANSWER:' line must follow a question and its answers")
                    continue
                }
                pending = nil
                finish(question, answerLine: line, at: here, into: &assembler)
            } else {
                if let unfinished = pending {
                    assembler.error(here, "question not completed before next question start (the question on line \(unfinished.location.line) has no 'ANSWER:' line)")
                }
                ordinal += 1
                pending = Pending(stem: line.string, location: here, ordinal: ordinal)
            }
        }
        if let unfinished = pending {
            assembler.error(unfinished.location, "question not completed: the file ends before its 'ANSWER:' line")
        }
        // Lines under two characters are skipped, so a file of only such lines would otherwise
        // import nothing without a word.
        if ordinal == 0, text.contains(where: { !$0.isWhitespace }) {
            assembler.error(SourceLocation(file: file, line: 1, column: 1),
                            "no question found: an Aiken question is a line of text, answer lines such as 'A) …', and an 'ANSWER: A' line")
        }
        return assembler.result
    }

    /// `^[A-Z][).]`: a capital letter, then `)` or `.`; the space after it is optional.
    static func isAnswerLine(_ line: ScalarText) -> Bool {
        line.count >= 2 && ("A"..."Z").contains(line[0]) && (line[1] == ")" || line[1] == ".")
    }

    private static func finish(_ question: Pending, answerLine: ScalarText, at here: SourceLocation, into assembler: inout ImportAssembler) {
        guard question.choices.count >= 2 else {
            assembler.error(here, "question must have at least 2 answers")
            return
        }
        let answer = answerLine.tail(from: "ANSWER:".count).trimmed()
        let last = ImportAssembler.letter(question.choices.count - 1)
        guard let letter = answer.first, ("A"..."Z").contains(letter),
              Int(letter.value) - 65 < question.choices.count else {
            let written = answer.first.map { "'\(Character($0))'" } ?? "nothing"
            assembler.error(here, "the answer must be a letter from A to \(last), not \(written)")
            return
        }
        let correct = Int(letter.value) - 65
        let choices = question.choices.enumerated().map { Choice(text: $0.element, isCorrect: $0.offset == correct) }
        assembler.add(QuestionDraft(stem: question.stem, choices: choices, location: question.location), ordinal: question.ordinal)
    }
}
