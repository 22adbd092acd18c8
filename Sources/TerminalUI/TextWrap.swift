/// Word wrapping by terminal columns.
///
/// Lines are measured with ``TextWidth`` so CJK and accented text wrap where the terminal will
/// actually run out of room. Text is sanitized per line, so the result can go straight to
/// ``ScreenBuffer/put(_:x:y:style:maxWidth:)``.
public enum TextWrap {
    /// Wraps `text` into lines of at most `width` columns.
    ///
    /// "\n" (and "\r\n") start a new paragraph; an empty paragraph gives an empty line. Runs of
    /// spaces between words collapse to one, but a paragraph's leading indentation is kept. A word
    /// wider than the line is broken between grapheme clusters, filling the current line first,
    /// so unspaced CJK text wraps naturally. Returns no lines when `width` is below 1; a wide
    /// character in a one-column wrap gets a line of its own (the only case that overflows).
    public static func wrap(_ text: String, width: Int) -> [String] {
        wrap(text, firstWidth: width, restWidth: width)
    }

    /// Wraps with a hanging indent: the first line uses `width`, later lines start with `indent` spaces.
    ///
    /// Every paragraph after the first is indented as well, so a multi-paragraph block stays
    /// aligned under its first line.
    public static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
        let indent = max(0, min(indent, width - 1))
        let lines = wrap(text, firstWidth: width, restWidth: width - indent)
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { index, line in
            index == 0 || line.isEmpty ? line : pad + line
        }
    }

    /// Wraps `text` after a label such as "A. ", continuing lines aligned under the text.
    ///
    /// `wrap("Patient intake form", width: 12, prefix: "A. ")` gives `["A. Patient", "   intake", "   form"]`.
    public static func wrap(_ text: String, width: Int, prefix: String) -> [String] {
        let label = TextSanitizer.clean(prefix)
        let indent = TextWidth.columns(of: label)
        guard indent < width else { return wrap(label + text, width: width) }
        let body = wrap(text, firstWidth: width - indent, restWidth: width - indent)
        let pad = String(repeating: " ", count: indent)
        guard !body.isEmpty else { return [label] }
        return body.enumerated().map { index, line in
            index == 0 ? label + line : (line.isEmpty ? line : pad + line)
        }
    }

    /// Wraps with different widths for the very first line and all the others.
    public static func wrap(_ text: String, firstWidth: Int, restWidth: Int) -> [String] {
        guard firstWidth >= 1, restWidth >= 1 else { return [] }
        var builder = LineBuilder(firstWidth: firstWidth, restWidth: restWidth)
        let normalized = text.replacingCRLF()
        for paragraph in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            builder.addParagraph(TextSanitizer.clean(String(paragraph)))
        }
        return builder.lines
    }
}

/// Accumulates wrapped lines; the first line may have a different width from the rest.
private struct LineBuilder {
    let firstWidth: Int
    let restWidth: Int
    var lines: [String] = []
    private var current = ""
    private var currentWidth = 0
    private var hasWord = false

    init(firstWidth: Int, restWidth: Int) {
        self.firstWidth = firstWidth
        self.restWidth = restWidth
    }

    private var limit: Int { lines.isEmpty ? firstWidth : restWidth }

    mutating func addParagraph(_ paragraph: String) {
        let indentation = paragraph.prefix { $0 == " " }
        let words = paragraph.split(separator: " ")
        if words.isEmpty {
            lines.append("")
            return
        }
        current = ""
        currentWidth = 0
        hasWord = false
        if !indentation.isEmpty, indentation.count < limit {
            current = String(indentation)
            currentWidth = indentation.count
        }
        for word in words {
            add(word)
        }
        flush()
    }

    private mutating func add(_ word: Substring) {
        let wordWidth = TextWidth.columns(of: String(word))
        let gap = hasWord ? 1 : 0
        if currentWidth + gap + wordWidth <= limit {
            append(word, width: wordWidth, gap: gap)
        } else if hasWord, wordWidth <= restWidth {
            flush()
            append(word, width: wordWidth, gap: 0)
        } else if !hasWord, wordWidth <= limit {
            // Only the paragraph's indentation is on the line; give it up for the word.
            flush()
            append(word, width: wordWidth, gap: 0)
        } else {
            breakLongWord(word, gap: gap)
        }
    }

    /// Splits a word wider than a whole line, starting on the current line when there is room.
    private mutating func breakLongWord(_ word: Substring, gap: Int) {
        var rest = word
        var gap = gap
        if currentWidth + gap >= limit {
            flush()
            gap = 0
        }
        while !rest.isEmpty {
            let room = limit - currentWidth - gap
            let piece = TextWidth.prefix(of: String(rest), fitting: room)
            if piece.text.isEmpty {
                if currentWidth == 0 {
                    // Even one character is wider than the line: place it anyway rather than loop.
                    let first = rest.prefix(1)
                    append(first, width: TextWidth.columns(of: String(first)), gap: 0)
                    rest = rest.dropFirst()
                }
                flush()
                gap = 0
                continue
            }
            append(Substring(piece.text), width: piece.columns, gap: gap)
            rest = rest.dropFirst(piece.text.count)
            gap = 0
            if !rest.isEmpty { flush() }
        }
    }

    private mutating func append(_ word: Substring, width: Int, gap: Int) {
        if gap > 0 { current += " " }
        current += word
        currentWidth += gap + width
        hasWord = true
    }

    /// Ends the current line; a line holding only indentation is dropped.
    private mutating func flush() {
        defer {
            current = ""
            currentWidth = 0
            hasWord = false
        }
        guard hasWord else { return }
        var line = current
        while line.last == " " { line.removeLast() }
        lines.append(line)
    }
}

private extension String {
    func replacingCRLF() -> String {
        guard unicodeScalars.contains("\r") else { return self }
        // "\r\n" is a single Character in Swift, so splitting on "\n" alone would miss it.
        var result = ""
        for character in self {
            if character == "\r\n" || character == "\r" {
                result.append("\n")
            } else {
                result.append(character)
            }
        }
        return result
    }
}
