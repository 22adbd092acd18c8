import Testing
import TerminalUI

@Suite("TextSanitizer")
struct TextSanitizerTests {
    @Test("plain and international text passes through unchanged", arguments: [
        "Medical office",
        "Café — ≥ 90% 日本",
        "e\u{301}",
        "한국어 😀 👨‍👩‍👧",
        "",
    ])
    func unchanged(text: String) {
        #expect(TextSanitizer.clean(text) == text)
        #expect(TextSanitizer.isClean(text))
    }

    @Test("escape sequences become visible and inert")
    func escapeSequences() {
        #expect(TextSanitizer.clean("\u{1B}[2J") == "␛[2J")
        #expect(TextSanitizer.clean("\u{1B}]0;owned\u{07}") == "␛]0;owned␇")
        #expect(!TextSanitizer.clean("x\u{1B}[31mred").unicodeScalars.contains("\u{1B}"))
    }

    @Test("every C0 control maps to its control picture")
    func c0Controls() {
        for value in UInt32(0)..<0x20 where value != 0x09 {
            let input = String(Character(Unicode.Scalar(value)!))
            let expected = String(Character(Unicode.Scalar(0x2400 + value)!))
            #expect(TextSanitizer.clean(input) == expected, "U+\(String(value, radix: 16))")
        }
        #expect(TextSanitizer.clean("a\nb\r") == "a␊b␍")
        #expect(TextSanitizer.clean("\u{7F}") == "␡")
    }

    @Test("C1 controls such as CSI U+009B are replaced")
    func c1Controls() {
        #expect(TextSanitizer.clean("\u{9B}2J") == "\u{FFFD}2J")
        for value in UInt32(0x80)...0x9F {
            let cleaned = TextSanitizer.clean(String(Character(Unicode.Scalar(value)!)))
            #expect(cleaned == "\u{FFFD}")
        }
    }

    @Test("bidi overrides, isolates and marks are removed")
    func bidi() {
        #expect(TextSanitizer.clean("abc\u{202E}fed\u{202C}") == "abcfed")
        #expect(TextSanitizer.clean("\u{2066}x\u{2069}\u{2067}y\u{2068}") == "xy")
        #expect(TextSanitizer.clean("a\u{200E}b\u{200F}c\u{061C}") == "abc")
        for value in UInt32(0x202A)...0x202E {
            #expect(TextSanitizer.clean("a\(Character(Unicode.Scalar(value)!))b") == "ab")
        }
    }

    @Test("invisible zero-width characters are removed but ZWJ stays")
    func zeroWidth() {
        #expect(TextSanitizer.clean("pass\u{200B}word") == "password")
        #expect(TextSanitizer.clean("\u{FEFF}start") == "start")
        #expect(TextSanitizer.clean("soft\u{AD}hyphen") == "softhyphen")
        #expect(TextSanitizer.clean("a\u{2060}b") == "ab")
        #expect(TextSanitizer.clean("👨\u{200D}👩") == "👨\u{200D}👩")
    }

    @Test("tabs expand to the next stop of four columns")
    func tabs() {
        #expect(TextSanitizer.clean("\tx") == "    x")
        #expect(TextSanitizer.clean("ab\tx") == "ab  x")
        #expect(TextSanitizer.clean("日\tx") == "日  x")
        #expect(TextSanitizer.clean("abcd\tx") == "abcd    x")
    }

    @Test("line and paragraph separators become spaces")
    func separators() {
        #expect(TextSanitizer.clean("a\u{2028}b\u{2029}c") == "a b c")
    }

    @Test("cleaning is idempotent")
    func idempotent() {
        let hostile = "\u{1B}[2J\u{9B}\u{202E}\t\u{200B}x\u{7F}"
        let once = TextSanitizer.clean(hostile)
        #expect(TextSanitizer.clean(once) == once)
    }
}
