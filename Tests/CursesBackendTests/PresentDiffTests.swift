import CNcursesw
import Testing
import TerminalUI
@testable import CursesBackend

/// Frame after frame, sending only the changed spans must leave curses holding exactly the buffer.
extension CursesTerminalTests {
    /// The curses cell at (x, y) has the attributes and pair the palette gives `style`.
    private func hasStyle(_ terminal: CursesTerminal, x: Int, y: Int, _ style: Style) -> Bool {
        guard let stored = terminal.storedAttributes(x: x, y: y) else { return false }
        let entry = terminal.palette.entry(for: style)
        return stored.pair == entry.pair && stored.attributes & entry.attributes == entry.attributes
    }

    @Test("a sequence of frames with moving text, styles and wide characters stays exact")
    func frameSequence() throws {
        let terminal = try CursesTerminal(headlessWidth: 40, height: 8)
        defer { terminal.shutdown() }
        var generator = SplitMix(seed: 7)
        let words = ["plain", "─────", "日本語", "✓ done", "Café", "e\u{301}", "██░░", "⚑"]
        let styles = [Style.normal, Style(.selected).reversed, Style(.warning), Style(.correct).bolded]
        var buffer = ScreenBuffer(width: 40, height: 8)
        for frame in 0..<200 {
            // Each frame changes a few spans of the previous one, as key presses do.
            for _ in 0..<3 {
                let word = words.randomElement(using: &generator)!
                buffer.put(word, x: Int.random(in: -2...38, using: &generator), y: Int.random(in: 0...7, using: &generator),
                           style: styles.randomElement(using: &generator)!)
            }
            if frame % 10 == 9 { buffer.fill(Rect(x: 5, y: 2, width: 20, height: 4), style: Style(.dim)) }
            terminal.present(buffer)
            #expect(terminal.screenLines() == buffer.lines, "frame \(frame)")
        }
    }

    @Test("a style change inside a run of one style reaches curses")
    func styleRuns() throws {
        let terminal = try CursesTerminal(headlessWidth: 20, height: 2)
        defer { terminal.shutdown() }
        var buffer = ScreenBuffer(width: 20, height: 2)
        buffer.put("aaaa", x: 0, y: 0, style: Style(.warning))
        terminal.present(buffer)
        buffer.put("bb", x: 1, y: 0, style: Style(.correct))
        buffer.put("c", x: 3, y: 0, style: Style(.warning).bolded)
        terminal.present(buffer)
        #expect(terminal.screenLines()[0] == "abbc")
        #expect(hasStyle(terminal, x: 0, y: 0, Style(.warning)))
        #expect(hasStyle(terminal, x: 1, y: 0, Style(.correct)))
        #expect(hasStyle(terminal, x: 2, y: 0, Style(.correct)))
        #expect(hasStyle(terminal, x: 3, y: 0, Style(.warning).bolded))
        #expect(terminal.palette.entry(for: Style(.warning)).pair != terminal.palette.entry(for: Style(.correct)).pair)
    }
}

/// A small seeded generator (SplitMix64), so the frame sequence is the same on every run.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
