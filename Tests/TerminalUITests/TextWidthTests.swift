import Testing
import TerminalUI

@Suite("TextWidth")
struct TextWidthTests {
    @Test("the design guide's example is 17 columns")
    func designExample() {
        #expect("Café — ≥ 90% 日本".count == 15)
        #expect(TextWidth.columns(of: "Café — ≥ 90% 日本") == 17)
    }

    @Test("string widths", arguments: [
        ("", 0),
        ("hello", 5),
        ("Café", 4),                       // precomposed é
        ("Cafe\u{301}", 4),                // e + combining acute
        ("a\u{301}\u{302}\u{303}", 1),     // stacked combining marks
        ("日本語", 6),
        ("ｈｉ", 4),                        // fullwidth Latin
        ("한국어", 6),                      // Hangul syllables
        ("\u{1100}\u{1161}\u{11A8}", 2),   // conjoining jamo form one wide syllable
        ("😀", 2),
        ("👍🏽", 2),                         // emoji + skin tone modifier
        ("👨‍👩‍👧", 2),                        // ZWJ family sequence
        ("🇺🇸", 2),                         // regional indicator pair
        ("❤️", 2),                          // text-default emoji + VS16
        ("❤", 1),                          // without VS16
        ("1️⃣", 2),                          // keycap sequence
        ("a\u{200B}b", 2),                 // zero-width space
        ("a\u{200D}b", 2),                 // lone ZWJ
        ("\u{FE0F}", 0),                   // a variation selector alone
        ("—≥±", 3),                        // ambiguous-width punctuation counts as narrow
        ("\u{1B}[2J", 3),                  // ESC itself takes no columns
    ])
    func widths(text: String, expected: Int) {
        #expect(TextWidth.columns(of: text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test("character widths")
    func characters() {
        #expect(TextWidth.columns(of: Character("a")) == 1)
        #expect(TextWidth.columns(of: Character("日")) == 2)
        #expect(TextWidth.columns(of: Character("\u{301}")) == 0)
        #expect(TextWidth.columns(of: Character("\t")) == 0)
        #expect(TextWidth.columns(of: Character("\r\n")) == 0)
    }

    @Test("truncate cuts by columns and adds an ellipsis")
    func truncate() {
        #expect(TextWidth.truncate("Medical office", to: 20) == "Medical office")
        #expect(TextWidth.truncate("Medical office", to: 8) == "Medical…")
        #expect(TextWidth.truncate("日本語テキスト", to: 6) == "日本…")
        #expect(TextWidth.truncate("日本語テキスト", to: 5) == "日本…")
        #expect(TextWidth.truncate("abc", to: 0) == "")
        #expect(TextWidth.truncate("abcdef", to: 1) == "…")
    }

    @Test("pad aligns within a field")
    func pad() {
        #expect(TextWidth.pad("ab", to: 5) == "ab   ")
        #expect(TextWidth.pad("ab", to: 5, alignment: .right) == "   ab")
        #expect(TextWidth.pad("ab", to: 5, alignment: .center) == " ab  ")
        #expect(TextWidth.pad("日本", to: 5, alignment: .right) == " 日本")
        #expect(TextWidth.pad("abcdefgh", to: 5) == "abcd…")
    }

    @Test("prefix never splits a wide character")
    func prefix() {
        let result = TextWidth.prefix(of: "a日本", fitting: 2)
        #expect(result.text == "a")
        #expect(result.columns == 1)
        #expect(TextWidth.prefix(of: "e\u{301}x", fitting: 1).text == "e\u{301}")
    }
}
