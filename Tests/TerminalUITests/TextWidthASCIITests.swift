import Testing
import TerminalUI

/// Printable ASCII is measured by counting bytes; the result must match measuring clusters.
@Suite("TextWidth ASCII")
struct TextWidthASCIITests {
    static let texts = ["", "plain words", "  Answers  Mastery  90% int.", "tab\there", "cr\r\nlf", "del\u{7F}", "ünïcode", "日本 ok"]

    @Test("columns agree with the sum over grapheme clusters")
    func columns() {
        for text in Self.texts {
            #expect(TextWidth.columns(of: text) == text.reduce(0) { $0 + TextWidth.columns(of: $1) }, "\(text)")
        }
    }

    @Test("only printable ASCII is counted by bytes")
    func printableCount() {
        #expect(TextWidth.printableASCIICount("plain words") == 11)
        #expect(TextWidth.printableASCIICount("") == 0)
        #expect(TextWidth.printableASCIICount("tab\there") == nil)
        #expect(TextWidth.printableASCIICount("ünïcode") == nil)
    }

    @Test("prefix and truncate cut ASCII by columns")
    func cutting() {
        #expect(TextWidth.prefix(of: "abcdef", fitting: 4) == ("abcd", 4))
        #expect(TextWidth.prefix(of: "abc", fitting: 9) == ("abc", 3))
        #expect(TextWidth.prefix(of: "abc", fitting: -1) == ("", 0))
        #expect(TextWidth.truncate("Infection control", to: 10) == "Infection…")
        #expect(TextWidth.pad("Topic", to: 8) == "Topic   ")
    }
}
