import Foundation

/// The text rules of GIFT: escapes, `[format]` prefixes, weights, names, tags and ids.
extension GIFTParser {
    /// Escaped characters and the private-use scalars that stand for them while the text is
    /// split, so an escaped `~` or `}` never acts as punctuation.
    private static let escapes: [(escaped: String, literal: String, placeholder: Unicode.Scalar)] = [
        ("\\:", ":", "\u{E03A}"), ("\\#", "#", "\u{E023}"), ("\\=", "=", "\u{E03D}"),
        ("\\{", "{", "\u{E07B}"), ("\\}", "}", "\u{E07D}"), ("\\~", "~", "\u{E07E}"),
        ("\\n", "\n", "\u{E00A}"),
    ]
    private static let backslashPlaceholder: Unicode.Scalar = "\u{E05C}"

    /// Replaces `\\` by a backslash and each escape by its placeholder.
    static func escapePre(_ text: ScalarText) -> ScalarText {
        var out = text.replacing("\\\\", with: String(backslashPlaceholder))
        for escape in escapes {
            out = out.replacing(escape.escaped, with: String(escape.placeholder))
        }
        return out.replacing(String(backslashPlaceholder), with: "\\")
    }

    /// Turns placeholders back into the characters they stand for.
    static func escapePost(_ text: ScalarText) -> ScalarText {
        var out: ScalarText = []
        out.reserveCapacity(text.count)
        for scalar in text {
            if let escape = escapes.first(where: { $0.placeholder == scalar }) {
                out += escape.literal.unicodeScalars
            } else {
                out.append(scalar)
            }
        }
        return out
    }

    /// The text without a leading `[html]`, `[moodle]`, `[plain]` or `[markdown]`, and the
    /// format it names; an unknown `[name]` stays in the text and `fallback` applies.
    static func textWithFormat(_ text: ScalarText, default fallback: MarkupFormat) -> GIFTText {
        var body = text
        var format = fallback
        if text.first == "[", let end = text.find("]"),
           let named = MarkupFormat(rawValue: Array(text[1..<end]).string) {
            format = named
            body = text.tail(from: end + 1)
        }
        return GIFTText(escapePost(body).trimmed().string, format)
    }

    /// An answer and its feedback, split at the first `#`.
    static func answerAndFeedback(_ answer: ScalarText, format: MarkupFormat) -> (GIFTText, GIFTText) {
        let bits = answer.explode("#", limit: 2)
        let text = textWithFormat(bits[0].trimmed(), default: format)
        let feedback = bits.count > 1 ? textWithFormat(bits[1].trimmed(), default: format) : GIFTText("", format)
        return (text, feedback)
    }

    /// A leading weight such as `%50%` or `%-100%` (`%-*[0-9]{1,2}\.?[0-9]*%`), as a fraction,
    /// and the answer after it.
    static func weight(_ answer: ScalarText) -> (Double, ScalarText)? {
        guard answer.first == "%" else { return nil }
        var offset = 1
        while offset < answer.count, answer[offset] == "-" { offset += 1 }
        let isDigit = { (scalar: Unicode.Scalar) in ("0"..."9").contains(scalar) }
        var digits = 0
        while offset < answer.count, digits < 2, isDigit(answer[offset]) { offset += 1; digits += 1 }
        guard digits > 0 else { return nil }
        if offset < answer.count, answer[offset] == "." { offset += 1 }
        while offset < answer.count, isDigit(answer[offset]) { offset += 1 }
        guard offset < answer.count, answer[offset] == "%" else { return nil }
        let written = Array(answer[1..<offset]).string
        return ((Double(written) ?? 0) / 100, answer.tail(from: offset + 1))
    }

    /// True when the part before any `#` is exactly `T`, `TRUE`, `F` or `FALSE`.
    static func isTrueFalse(_ answerText: ScalarText) -> Bool {
        var check = answerText
        if let hash = answerText.find("#"), hash > 0 {
            check = Array(answerText[..<hash]).trimmed()
        }
        return ["T", "TRUE", "F", "FALSE"].contains(check.string)
    }

    /// The pieces of a split answer list without an empty first piece (text before the first marker).
    static func dropEmptyFirst(_ pieces: [ScalarText]) -> [ScalarText] {
        guard let first = pieces.first else { return pieces }
        let trimmed = first.trimmed()
        return trimmed.isEmpty ? Array(pieces.dropFirst()) : [trimmed] + pieces.dropFirst()
    }

    /// A computed number written as a whole number when it is one.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A question name without tags or surrounding space, at most 255 characters.
    static func cleanName(_ name: String) -> String {
        String(MarkupText.stripTags(name, collapseSpace: false).trimmingWhitespace().prefix(255))
    }

    /// Moodle's name for an untitled question: the text cut to 80 characters at a space or
    /// full stop, with `...` appended when cut.
    static func defaultName(_ text: String) -> String {
        let plain = Array(MarkupText.stripTags(text, collapseSpace: false))
        let ideal = 80, ending = "..."
        guard plain.count > ideal else {
            let name = cleanName(text)
            return name.isEmpty ? "Question name" : name
        }
        let left = ideal - ending.count
        var cut = left
        while cut > 0 {
            let character = plain[cut]
            if character == "." || character == " " || character.utf8.count > 2 {
                cut += 1
                break
            }
            cut -= 1
        }
        if cut == 0 || cut > left { cut = left }
        let name = cleanName(String(plain[..<cut]) + ending)
        return name.isEmpty ? "Question name" : name
    }

    /// The first `[id:…]` and every `[tag:…]` in the comment lines before a question
    /// (`\]` escapes a `]`; a token may not run over a line break).
    static func idNumberAndTags(in comments: String) -> (String, [String]) {
        guard comments.contains("[") else { return ("", []) }
        let idPattern = try! NSRegularExpression(pattern: #"\[id:((?:\\\]|[^\]\p{Cc}])+)\]"#)
        let tagPattern = try! NSRegularExpression(pattern: #"\[tag:((?:\\\]|[^\]<>`\p{Cc}])+)\]"#)
        let range = NSRange(comments.startIndex..., in: comments)
        func capture(_ match: NSTextCheckingResult) -> String {
            guard let captured: Range<String.Index> = Range(match.range(at: 1), in: comments) else { return "" }
            return String(comments[captured]).trimmingWhitespace().replacingOccurrences(of: "\\]", with: "]")
        }
        let id = idPattern.firstMatch(in: comments, range: range).map { capture($0) } ?? ""
        let tags = tagPattern.matches(in: comments, range: range).map { capture($0) }.filter { !$0.isEmpty }
        return (id, tags)
    }
}
