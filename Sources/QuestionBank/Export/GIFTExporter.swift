/// Writes questions as GIFT: a `$CATEGORY:` block per domain and topic, then each question with
/// its id and tags in a comment, its id as title, `[plain]` text, per-choice feedback and the
/// explanation as general feedback. True/False pairs are written as GIFT true/false questions.
enum GIFTExporter {
    static func export(_ questions: [Question]) -> ExportResult {
        var blocks: [String] = []
        var category: String?
        for question in questions {
            let path = "$course$/" + [question.domain, question.topic].map(categoryPart).joined(separator: "/")
            if path != category {
                blocks.append("$CATEGORY: \(path)\n")
                category = path
            }
            blocks.append(block(question))
        }
        return ExportResult(text: blocks.joined(separator: "\n"), exportedCount: questions.count)
    }

    static func block(_ question: Question) -> String {
        var lines: [String] = []
        let tokens = ["[id:\(bracketEscaped(question.id))]"] + question.tags.map { "[tag:\(bracketEscaped($0))]" }
        lines.append("// " + tokens.joined(separator: " "))
        let head = "::\(escape(question.id))::[plain]\(escape(question.stem))"
        if let trueFalse = trueFalseAnswer(question) {
            lines.append(head + "{" + trueFalse + generalFeedback(question) + "}")
        } else {
            lines.append(head + "{")
            for choice in question.choices {
                var line = "\t" + (choice.isCorrect ? "=" : "~") + text(choice.text)
                if let feedback = choice.feedback, !feedback.isEmpty { line += "#" + text(feedback) }
                lines.append(line)
            }
            if !question.explanation.isEmpty { lines.append("\t" + generalFeedback(question)) }
            lines.append("}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `TRUE#feedback if wrong#feedback if right` for a question whose choices are exactly
    /// True then False; nil for any other question.
    static func trueFalseAnswer(_ question: Question) -> String? {
        guard question.choices.count == 2, question.choices[0].text == "True", question.choices[1].text == "False" else { return nil }
        let isTrue = question.choices[0].isCorrect
        let right = question.choices[isTrue ? 0 : 1].feedback ?? ""
        let wrong = question.choices[isTrue ? 1 : 0].feedback ?? ""
        var answer = isTrue ? "TRUE" : "FALSE"
        if !wrong.isEmpty || !right.isEmpty { answer += "#" + text(wrong) }
        if !right.isEmpty { answer += "#" + text(right) }
        return answer
    }

    private static func generalFeedback(_ question: Question) -> String {
        question.explanation.isEmpty ? "" : "####" + text(question.explanation)
    }

    /// An answer or feedback text; one that starts with `[` names its format so the bracket is kept.
    private static func text(_ value: String) -> String {
        (value.hasPrefix("[") ? "[plain]" : "") + escape(value)
    }

    /// GIFT escapes: `\ # = ~ { } :` get a backslash, a line break becomes `\n`, CR is dropped.
    static func escape(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\", "#", "=", "~", "{", "}", ":": out += "\\" + String(scalar)
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text inside an `[id:…]` or `[tag:…]` token, where `\]` stands for `]`.
    private static func bracketEscaped(_ value: String) -> String {
        value.replacingOccurrences(of: "]", with: "\\]")
    }

    /// A category path part on one line, with `/` doubled as category paths escape it.
    private static func categoryPart(_ value: String) -> String {
        value.split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(of: "/", with: "//")
    }
}
