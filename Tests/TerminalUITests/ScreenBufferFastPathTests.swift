import Testing
@testable import TerminalUI

/// The one-column fast path of `put` must leave exactly the cells the general path leaves.
@Suite("ScreenBuffer fast path")
struct ScreenBufferFastPathTests {
    /// Text the screens draw: ASCII, box lines, bars, status marks, Latin letters.
    static let simpleTexts = [
        "Question 3 of 100", "", " ", "─────", "│", "┌─ Navigator ─┐", "██▌░░░", "▁▂▃▄▅▆▇█",
        "✓ answered  ○ seen, unanswered  · not seen  ⚑ flagged  ▸ current", "Café — ≥ 90% ±2 °C", "▲ more", "⏱ 12:04  on pace",
    ]
    /// Text that must take the general path: wide, zero-width, controls, emoji, joiners.
    static let generalTexts = [
        "日本語", "e\u{301}", "\u{1B}[2J", "tab\there", "✅ done", "☺\u{200D}☺", "a\u{AD}b", "🇫🇷", "x\u{FE0F}", "line\nbreak",
    ]

    /// A row holding wide characters and styles, so overwriting them exercises the repairs.
    static func background(width: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: 1)
        buffer.put("日本 ab 語x", x: 0, y: 0, style: Style(.accent))
        buffer.put("한", x: width - 2, y: 0, style: Style(.dim))
        return buffer
    }

    /// `put` as it was before the fast path: the same clipping, then the general path.
    static func generalPut(_ buffer: inout ScreenBuffer, _ text: String, x: Int, style: Style, maxWidth: Int?) -> Int {
        var limit = buffer.width
        if let maxWidth { limit = min(limit, x + max(0, maxWidth)) }
        return x < limit ? buffer.putClusters(text, x: x, y: 0, style: style, limit: limit) : 0
    }

    @Test("simple text is recognised, anything else is left to the general path")
    func recognition() {
        for text in Self.simpleTexts {
            #expect(ScreenBuffer.simpleScalars(text)?.count == text.unicodeScalars.count, "\(text)")
        }
        for text in Self.generalTexts {
            #expect(ScreenBuffer.simpleScalars(text) == nil, "\(text)")
        }
    }

    @Test("every position and limit gives the same cells and count as the general path")
    func sameAsGeneralPath() {
        let width = 16
        for text in Self.simpleTexts + Self.generalTexts {
            for x in -4...(width + 1) {
                for maxWidth in [nil, 0, 1, 3, 7] as [Int?] {
                    var fast = Self.background(width: width)
                    var general = fast
                    let written = fast.put(text, x: x, y: 0, style: Style(.correct), maxWidth: maxWidth)
                    let expected = Self.generalPut(&general, text, x: x, style: Style(.correct), maxWidth: maxWidth)
                    #expect(written == expected, "\(text) at \(x), maxWidth \(String(describing: maxWidth))")
                    #expect(fast == general, "\(text) at \(x), maxWidth \(String(describing: maxWidth))")
                }
            }
        }
    }

    @Test("lines and fills over wide characters keep the row aligned")
    func linesOverWideCharacters() {
        var buffer = ScreenBuffer(width: 8, height: 2)
        buffer.put("日本語", x: 1, y: 0)
        buffer.hline(x: 2, y: 0, length: 3)
        #expect(buffer.row(0) == "  ───語 ")
        buffer.put("ab日", x: 0, y: 1)
        buffer.fill(Rect(x: 3, y: 1, width: 1, height: 1), character: "░")
        #expect(buffer.row(1) == "ab ░    ")
    }
}

extension ScreenBufferFastPathTests {
    @Test("fills and lines give the same cells as drawing their text", arguments: [" ", "─", "░", "x"])
    func fillsMatchText(character: String) {
        let width = 12
        for x in -3...(width + 1) {
            for length in [0, 1, 2, 5, 20] {
                var drawn = Self.background(width: width)
                var text = drawn
                drawn.hline(x: x, y: 0, length: length, style: Style(.border), character: character)
                if length > 0 {
                    _ = Self.generalPut(&text, String(repeating: character, count: length), x: x, style: Style(.border), maxWidth: length)
                }
                #expect(drawn == text, "hline \(character) at \(x), length \(length)")

                var filled = Self.background(width: width)
                var expected = filled
                filled.fill(Rect(x: x, y: 0, width: length, height: 1), style: Style(.selected), character: Character(character))
                let area = Rect(x: x, y: 0, width: length, height: 1).intersection(expected.bounds)
                if !area.isEmpty {
                    _ = Self.generalPut(&expected, String(repeating: character, count: area.width), x: area.x, style: Style(.selected), maxWidth: area.width)
                }
                #expect(filled == expected, "fill \(character) at \(x), length \(length)")
            }
        }
    }
}
