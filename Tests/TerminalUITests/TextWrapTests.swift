import Testing
import TerminalUI

@Suite("TextWrap")
struct TextWrapTests {
    @Test("greedy wrapping by words")
    func words() {
        #expect(TextWrap.wrap("The quick brown fox jumps over the lazy dog", width: 10) == [
            "The quick", "brown fox", "jumps over", "the lazy", "dog",
        ])
    }

    @Test("a line exactly the width fits")
    func exactWidth() {
        #expect(TextWrap.wrap("abcde fghij", width: 5) == ["abcde", "fghij"])
        #expect(TextWrap.wrap("abcde fghij", width: 11) == ["abcde fghij"])
        #expect(TextWrap.wrap("abcde fghij", width: 10) == ["abcde", "fghij"])
    }

    @Test("no line is wider than the width", arguments: [2, 3, 7, 13, 20])
    func neverTooWide(width: Int) {
        let text = "Café — ≥ 90% 日本語のテキスト and supercalifragilistic words\nsecond paragraph 한국어"
        for line in TextWrap.wrap(text, width: width) {
            #expect(TextWidth.columns(of: line) <= width, "\(line)")
        }
    }

    @Test("long words break by columns, filling the current line first")
    func longWords() {
        #expect(TextWrap.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(TextWrap.wrap("see https://example.org/long", width: 10) == ["see https:", "//example.", "org/long"])
    }

    @Test("CJK text wraps by columns without splitting characters")
    func cjk() {
        #expect(TextWrap.wrap("日本語のテキスト", width: 5) == ["日本", "語の", "テキ", "スト"])
        #expect(TextWrap.wrap("ab 日本語", width: 5) == ["ab 日", "本語"])
    }

    @Test("combining marks stay with their base")
    func combining() {
        #expect(TextWrap.wrap("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test("newlines start paragraphs; empty paragraphs give empty lines")
    func paragraphs() {
        #expect(TextWrap.wrap("one two\n\nthree", width: 20) == ["one two", "", "three"])
        #expect(TextWrap.wrap("a\r\nb", width: 5) == ["a", "b"])
        #expect(TextWrap.wrap("", width: 5) == [""])
    }

    @Test("runs of spaces collapse, leading indentation is kept")
    func spaces() {
        #expect(TextWrap.wrap("a    b", width: 10) == ["a b"])
        #expect(TextWrap.wrap("  indented text", width: 10) == ["  indented", "text"])
        #expect(TextWrap.wrap("  abcdefghij", width: 10) == ["abcdefghij"])
    }

    @Test("hanging indent by columns")
    func hangingIndent() {
        #expect(TextWrap.wrap("one two three four five", width: 10, indent: 2) == [
            "one two", "  three", "  four", "  five",
        ])
    }

    @Test("choice labels keep continuation lines under the text")
    func prefix() {
        #expect(TextWrap.wrap("Patient intake form", width: 12, prefix: "A. ") == ["A. Patient", "   intake", "   form"])
        #expect(TextWrap.wrap("Short", width: 12, prefix: "B. ") == ["B. Short"])
        #expect(TextWrap.wrap("first\nsecond", width: 12, prefix: "C. ") == ["C. first", "   second"])
    }

    @Test("control characters are sanitized but newlines still break")
    func sanitized() {
        #expect(TextWrap.wrap("a\u{1B}[2J\nb", width: 10) == ["a␛[2J", "b"])
    }

    @Test("a character wider than the whole line gets a line of its own")
    func tooNarrow() {
        #expect(TextWrap.wrap("a日b", width: 1) == ["a", "日", "b"])
    }

    @Test("zero width gives no lines")
    func zeroWidth() {
        #expect(TextWrap.wrap("text", width: 0).isEmpty)
    }
}
