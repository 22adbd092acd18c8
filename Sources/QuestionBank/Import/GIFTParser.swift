import Foundation

/// Reads GIFT text into items with Moodle's rules: blocks split on blank lines, `//` comments,
/// `::title::`, `$CATEGORY:`, escapes, `[format]` prefixes and Moodle's type detection.
struct GIFTParser {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// A source line (trimmed when read from a file) with its 1-based line number and the
    /// column its text starts at.
    struct SourceLine {
        var text: String
        var line: Int
        var column: Int
    }

    /// Every item of the file, in order; blocks that cannot be read are reported and skipped.
    mutating func parse(_ text: String) -> [GIFTItem] {
        let scalars = ScalarText(text: text)
        // A file with carriage returns only (old Mac line ends) is split on them.
        let separator: Unicode.Scalar = !scalars.contains("\n") && scalars.contains("\r") ? "\r" : "\n"
        var items: [GIFTItem] = []
        var block: [SourceLine] = []
        for (offset, raw) in scalars.explode(separator).enumerated() {
            let trimmed = raw.trimmed()
            if trimmed.isEmpty {
                if let item = readQuestion(block) { items.append(item) }
                block = []
                continue
            }
            let indent = raw.prefix(while: { $0 == " " || $0 == "\t" || $0 == "\u{0B}" || $0 == "\0" }).count
            block.append(SourceLine(text: trimmed.string, line: offset + 1, column: indent + 1))
        }
        if let item = readQuestion(block) { items.append(item) }
        return items
    }

    /// One block of lines as an item; nil for a block of comments only, or after an error.
    mutating func readQuestion(_ block: [SourceLine]) -> GIFTItem? {
        var comments = ""
        var lines: [String] = []
        var location: SourceLocation?
        for line in block {
            let trimmed = line.text.trimmingWhitespace()
            if trimmed.hasPrefix("//") {
                comments += trimmed + "\n"
                lines.append(" ")
            } else {
                lines.append(line.text)
                if location == nil { location = SourceLocation(file: file, line: line.line, column: line.column) }
            }
        }
        var text = ScalarText(text: lines.joined(separator: "\n")).trimmed()
        guard !text.isEmpty, let location else { return nil }
        text = Self.escapePre(text)

        var item = GIFTItem(type: .description, location: location)
        (item.idNumber, item.tags) = Self.idNumberAndTags(in: comments)
        if text.hasPrefix("$CATEGORY:") {
            item.type = .category
            item.category = Self.escapePost(text.tail(from: 10)).trimmed().string
            return item
        }

        var name: String?
        if text.hasPrefix("::") {
            text = text.tail(from: 2)
            if let end = text.find("::") {
                name = Self.cleanName(Self.escapePost(Array(text[..<end])).string)
                text = text.tail(from: end + 2).trimmed()
            }
        }

        let start = text.find("{"), finish = text.find("}")
        var answerText: ScalarText = []
        let questionText: ScalarText
        var hasBlank = false
        switch (start, finish) {
        case (nil, nil):
            questionText = text
        case let (start?, finish?) where start < finish:
            answerText = Array(text[(start + 1)..<finish]).trimmed()
            // Text after the answers makes a missing-word question: a blank marks their place.
            hasBlank = text.last != "}"
            let blank: ScalarText = hasBlank ? Array("_____".unicodeScalars) : []
            questionText = Array(text[..<start]) + blank + text.tail(from: finish + 1)
        default:
            error(location, "could not find {...} around the answers")
            return nil
        }

        var generalFeedback: ScalarText = []
        if let separator = answerText.findLast("####") {
            generalFeedback = answerText.tail(from: separator + 4)
            answerText = Array(answerText[..<separator]).trimmed()
        }
        item.questionText = Self.textWithFormat(questionText, default: .moodle)
        item.generalFeedback = Self.textWithFormat(generalFeedback, default: item.questionText.format)
        item.hasBlank = hasBlank
        item.hasTitle = name != nil
        item.name = name ?? Self.defaultName(item.questionText.text)
        if start == nil { return item }
        return readAnswers(answerText, into: item)
    }

    /// Decides the question type from the text between the braces and reads its answers.
    private mutating func readAnswers(_ answerText: ScalarText, into question: GIFTItem) -> GIFTItem? {
        var item = question
        let format = item.questionText.format
        if answerText.isEmpty {
            item.type = .essay
        } else if answerText[0] == "#" {
            item.type = .numerical
            guard let answers = numericalAnswers(answerText.tail(from: 1), format: format, at: item.location) else { return nil }
            item.answers = answers
        } else if answerText.has("~") {
            item.type = .multichoice
            item.single = answerText.has("=")
            let parts = Self.dropEmptyFirst(answerText.replacing("=", with: "~=").explode("~"))
            guard parts.count >= 2 else {
                error(item.location, "a multiple-choice question needs at least 2 answers")
                return nil
            }
            for part in parts {
                var answer = part.trimmed()
                let weight: Double
                if answer.first == "=" {
                    weight = 1
                    answer.removeFirst()
                } else if let (value, rest) = Self.weight(answer) {
                    weight = value
                    answer = rest
                } else {
                    weight = 0
                }
                let (text, feedback) = Self.answerAndFeedback(answer, format: format)
                item.answers.append(GIFTAnswer(text: text, fraction: weight, feedback: feedback))
            }
        } else if answerText.has("="), answerText.has("->") {
            item.type = .match
            let parts = Self.dropEmptyFirst(answerText.explode("="))
            guard parts.count >= 2 else {
                error(item.location, "a matching question needs at least 2 pairs")
                return nil
            }
            for part in parts {
                let pair = part.trimmed()
                guard let marker = pair.find("->") else {
                    error(item.location, "a matching pair has no '->'")
                    return nil
                }
                item.subquestions.append(Self.textWithFormat(Array(pair[..<marker]), default: format))
                item.subanswers.append(Self.escapePost(pair.tail(from: marker + 2)).trimmed().string)
            }
        } else if Self.isTrueFalse(answerText) {
            item.type = .truefalse
            let bits = answerText.explode("#", limit: 3)
            let answer = Self.textWithFormat(bits[0].trimmed(), default: format)
            let wrong = bits.count > 1 ? Self.textWithFormat(bits[1].trimmed(), default: format) : GIFTText("", format)
            let right = bits.count > 2 ? Self.textWithFormat(bits[2].trimmed(), default: format) : GIFTText("", format)
            item.correctAnswer = answer.text == "T" || answer.text == "TRUE"
            // The first feedback is shown to whoever answers wrongly, the second to whoever is right.
            item.feedbackTrue = item.correctAnswer ? right : wrong
            item.feedbackFalse = item.correctAnswer ? wrong : right
        } else {
            item.type = .shortanswer
            for part in Self.dropEmptyFirst(answerText.explode("=")) {
                var answer = part.trimmed()
                var weight = 1.0
                if let (value, rest) = Self.weight(answer) {
                    weight = value
                    answer = rest
                }
                let (text, feedback) = Self.answerAndFeedback(answer, format: format)
                item.answers.append(GIFTAnswer(text: text, fraction: weight, feedback: feedback))
            }
        }
        return item
    }

    /// Answers of a numerical question (`3:2`, `1..5`, `=%50%1822:2`, and `~` wrong-answer feedback).
    private mutating func numericalAnswers(_ text: ScalarText, format: MarkupFormat, at location: SourceLocation) -> [GIFTAnswer]? {
        var body = text
        var wrongFeedback: ScalarText = []
        if let tilde = body.find("~") {
            wrongFeedback = body.tail(from: tilde)
            body = Array(body[..<tilde])
        }
        let parts = Self.dropEmptyFirst(body.explode("="))
        guard !parts.isEmpty else {
            error(location, "a numerical question has no answers")
            return nil
        }
        var answers: [GIFTAnswer] = []
        for part in parts {
            var answer = part.trimmed()
            var weight = 1.0
            if let (value, rest) = Self.weight(answer) {
                weight = value
                answer = rest
            }
            let (parsed, feedback) = Self.answerAndFeedback(answer, format: format)
            let written = ScalarText(text: parsed.text)
            var value: String, tolerance: String
            if let dots = written.find(".."), dots > 0 {
                let low = Double(Array(written[..<dots]).trimmed().string) ?? 0
                let high = Double(written.tail(from: dots + 2).trimmed().string) ?? 0
                let middle = (low + high) / 2
                value = Self.number(middle)
                tolerance = Self.number(high - middle)
            } else if let colon = written.find(":"), colon > 0 {
                value = Array(written[..<colon]).trimmed().string
                tolerance = written.tail(from: colon + 1).trimmed().string
            } else {
                value = written.trimmed().string
                tolerance = "0"
            }
            // Moodle turns an answer that is not a number into the catch-all `*`.
            if Double(value) == nil { value = "*" }
            guard Double(tolerance) != nil else {
                error(location, "numerical answer '\(parsed.text)' has a tolerance that is not a number")
                return nil
            }
            answers.append(GIFTAnswer(text: GIFTText(value, format), fraction: weight, feedback: feedback, tolerance: tolerance))
        }
        if !wrongFeedback.isEmpty {
            let (_, feedback) = Self.answerAndFeedback(wrongFeedback, format: format)
            answers.append(GIFTAnswer(text: GIFTText("*", format), fraction: 0, feedback: feedback, tolerance: ""))
        }
        return answers
    }

    private mutating func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(.error(location, message))
    }
}
