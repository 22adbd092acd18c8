import Foundation

/// The text formats a GIFT text may declare with a `[format]` prefix.
enum MarkupFormat: String, Sendable, CaseIterable {
    case moodle, html, plain, markdown
}

/// Turns marked-up text into the plain text questions hold: tags removed, entities decoded.
enum MarkupText {
    /// Plain text for `text` written in `format`. Plain text is kept as written; HTML loses its
    /// tags (line-breaking tags become line breaks) and its source line breaks, which HTML
    /// does not show; Moodle and Markdown text keep their line breaks.
    static func plain(_ text: String, format: MarkupFormat) -> String {
        switch format {
        case .plain:
            return text
        case .html:
            return tidy(decodeEntities(stripTags(text, collapseSpace: true)), trimLineStarts: true)
        case .moodle:
            return tidy(decodeEntities(stripTags(text, collapseSpace: false)))
        case .markdown:
            return tidy(decodeEntities(stripTags(stripEmphasis(text), collapseSpace: false)))
        }
    }

    /// Tags whose end (or the tag itself, for `br`) starts a new line.
    private static let breakingTags: Set<String> = [
        "br", "p", "div", "li", "ul", "ol", "tr", "table", "pre", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6",
    ]

    /// Removes tags and comments. With `collapseSpace`, runs of white space outside `<pre>`
    /// become one space, as a browser shows them.
    static func stripTags(_ text: String, collapseSpace: Bool) -> String {
        var out = ""
        var index = text.startIndex
        var inPre = false
        var lastWasSpace = false
        while index < text.endIndex {
            let character = text[index]
            if character == "<", let close = tagEnd(in: text, from: index) {
                let tag = text[text.index(after: index)..<close]
                let name = tagName(tag)
                if name == "pre" { inPre = !tag.hasPrefix("/") }
                if breakingTags.contains(name) {
                    out.append("\n")
                    lastWasSpace = true
                }
                index = text.index(after: close)
                continue
            }
            if collapseSpace, !inPre, character.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(character)
                lastWasSpace = false
            }
            index = text.index(after: index)
        }
        return out
    }

    /// The index of the `>` that closes the tag or comment starting at `start`, if it is one.
    private static func tagEnd(in text: String, from start: String.Index) -> String.Index? {
        let rest = text[text.index(after: start)...]
        if rest.hasPrefix("!--") {
            return rest.range(of: "-->").map { text.index(before: $0.upperBound) }
        }
        guard let first = rest.first, first.isLetter || first == "/" || first == "!" || first == "?" else { return nil }
        return rest.firstIndex(of: ">")
    }

    private static func tagName(_ tag: Substring) -> String {
        let body = tag.drop(while: { $0 == "/" })
        return String(body.prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
    }

    /// Removes `**bold**`, `__bold__` and `` `code` `` markers, keeping their text.
    static func stripEmphasis(_ text: String) -> String {
        var out = text
        for marker in ["**", "__", "`"] {
            let pattern = NSRegularExpression.escapedPattern(for: marker) + "(\\S(?:.*?\\S)?)" + NSRegularExpression.escapedPattern(for: marker)
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            out = regex.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: "$1")
        }
        return out
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
        "rdquo": "”", "laquo": "«", "raquo": "»", "bull": "•", "middot": "·", "copy": "©",
        "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
        "le": "≤", "ge": "≥", "ne": "≠", "micro": "µ", "para": "¶", "sect": "§", "cent": "¢",
        "pound": "£", "euro": "€", "yen": "¥", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "sup2": "²", "sup3": "³", "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à",
        "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü",
        "ouml": "ö", "auml": "ä", "szlig": "ß", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓",
    ]

    /// Decodes named, decimal and hexadecimal character references; unknown ones stay as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index] == "&",
                  let semicolon = text[index...].prefix(12).firstIndex(of: ";") else {
                out.append(text[index])
                index = text.index(after: index)
                continue
            }
            let name = text[text.index(after: index)..<semicolon]
            if let decoded = decodeReference(name) {
                out.append(decoded)
                index = text.index(after: semicolon)
            } else {
                out.append("&")
                index = text.index(after: index)
            }
        }
        return out
    }

    private static func decodeReference(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return namedEntities[String(name)]
    }

    /// Trims each line's trailing spaces (and leading ones with `trimLineStarts`), keeps at most
    /// one blank line in a row, and trims the ends.
    static func tidy(_ text: String, trimLineStarts: Bool = false) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line
            while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
            if trimLineStarts { line = line.drop(while: { $0 == " " || $0 == "\t" }) }
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        return lines.joined(separator: "\n").trimmingWhitespace()
    }
}
