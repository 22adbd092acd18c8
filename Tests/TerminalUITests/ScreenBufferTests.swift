import Testing
import TerminalUI

@Suite("ScreenBuffer")
struct ScreenBufferTests {
    @Test("a new buffer is blank")
    func blank() {
        let buffer = ScreenBuffer(width: 3, height: 2)
        #expect(buffer.lines == ["", ""])
        #expect(buffer.row(0) == "   ")
        #expect(buffer[0, 0] == Cell.blank)
    }

    @Test("put writes text and returns the columns used")
    func put() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        #expect(buffer.put("Hi", x: 1, y: 0) == 2)
        #expect(buffer.put("日本", x: 4, y: 0) == 4)
        #expect(buffer.lines == [" Hi 日本"])
        #expect(buffer[4, 0].text == "日")
        #expect(buffer[5, 0].isContinuation)
    }

    @Test("put clips at the edge and at maxWidth")
    func clip() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        #expect(buffer.put("abcdefgh", x: 2, y: 0) == 3)
        #expect(buffer.lines == ["  abc"])
        #expect(buffer.put("xyz", x: 0, y: 0, maxWidth: 2) == 2)
        #expect(buffer.lines == ["xyabc"])
        #expect(buffer.put("nothing", x: 0, y: 3) == 0)
        #expect(buffer.put("nothing", x: 9, y: 0) == 0)
    }

    @Test("a wide character straddling the clip becomes a space")
    func straddle() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.fill(buffer.bounds, character: ".")
        #expect(buffer.put("ab日", x: 0, y: 0, maxWidth: 3) == 3)
        #expect(buffer.row(0) == "ab ..")
        var edge = ScreenBuffer(width: 3, height: 1)
        #expect(edge.put("a日", x: 1, y: 0) == 2)
        #expect(edge.row(0) == " a ")
    }

    @Test("negative x clips the left side")
    func negativeX() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        #expect(buffer.put("abcdef", x: -2, y: 0) == 4)
        #expect(buffer.row(0) == "cdef")
        var wide = ScreenBuffer(width: 4, height: 1)
        wide.put("日本", x: -1, y: 0)
        #expect(wide.row(0) == " 本 ")
    }

    @Test("overwriting half of a wide character blanks the other half")
    func repairWide() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("日本", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.row(0) == " x本")
        buffer.put("y", x: 2, y: 0)
        #expect(buffer.row(0) == " xy ")
        #expect(!buffer[3, 0].isContinuation)
    }

    @Test("put sanitizes hostile text")
    func sanitizes() {
        var buffer = ScreenBuffer(width: 12, height: 1)
        buffer.put("\u{1B}[2J\u{9B}\u{202E}ok\n", x: 0, y: 0)
        #expect(buffer.lines == ["␛[2J\u{FFFD}ok␊"])
        for x in 0..<buffer.width {
            #expect(!buffer[x, 0].text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test("combining marks stay in one cell")
    func combining() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        #expect(buffer.put("Cafe\u{301}!", x: 0, y: 0) == 5)
        #expect(buffer[3, 0].text == "e\u{301}")
        #expect(buffer.lines == ["Cafe\u{301}!"])
    }

    @Test("styles are stored per cell")
    func styles() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("ab", x: 0, y: 0, style: Style(.correct))
        buffer.put("cd", x: 3, y: 0, style: Style(.incorrect).bolded)
        #expect(buffer[1, 0].style == Style(.correct))
        #expect(buffer[3, 0].style == Style(role: .incorrect, bold: true))
        #expect(buffer.styleMask(0) { $0.role == .correct } == "^^")
        #expect(buffer.styleMask(0, mark: "x") { $0.bold } == "   xx")
    }

    @Test("boxes use line-drawing characters and an optional title")
    func box() {
        var buffer = ScreenBuffer(width: 12, height: 4)
        buffer.drawBox(Rect(x: 0, y: 0, width: 12, height: 4), title: "Exam")
        #expect(buffer.lines == [
            "┌─ Exam ───┐",
            "│          │",
            "│          │",
            "└──────────┘",
        ])
        #expect(buffer[0, 0].style == Style(.border))
    }

    @Test("box titles are cut to fit")
    func boxTitleTruncated() {
        var buffer = ScreenBuffer(width: 10, height: 3)
        buffer.drawBox(buffer.bounds, title: "Medical terminology")
        #expect(buffer.lines[0] == "┌─ Med… ─┐")
        var tiny = ScreenBuffer(width: 3, height: 3)
        tiny.drawBox(tiny.bounds, title: "Ignored")
        #expect(tiny.lines == ["┌─┐", "│ │", "└─┘"])
    }

    @Test("lines, fill and clear")
    func linesAndFill() {
        var buffer = ScreenBuffer(width: 5, height: 3)
        buffer.hline(x: 0, y: 0, length: 5)
        buffer.vline(x: 2, y: 0, length: 3, character: "┃")
        buffer.fill(Rect(x: 3, y: 1, width: 9, height: 9), style: Style(.selected), character: "#")
        #expect(buffer.lines == ["──┃──", "  ┃##", "  ┃##"])
        buffer.clear()
        #expect(buffer == ScreenBuffer(width: 5, height: 3))
    }

    @Test("aligned single lines")
    func aligned() {
        var buffer = ScreenBuffer(width: 10, height: 3)
        buffer.put("left", in: Rect(x: 0, y: 0, width: 10, height: 1), alignment: .left)
        buffer.put("mid", in: Rect(x: 0, y: 1, width: 10, height: 1), alignment: .center)
        #expect(buffer.put("right", in: Rect(x: 2, y: 2, width: 8, height: 1), alignment: .right) == 5)
        #expect(buffer.lines == ["left", "   mid", "     right"])
        var narrow = ScreenBuffer(width: 5, height: 1)
        narrow.put("too long", in: narrow.bounds, alignment: .right)
        #expect(narrow.lines == ["too …"])
    }

    @Test("wrapped text stays inside its rectangle")
    func wrapped() {
        var buffer = ScreenBuffer(width: 14, height: 4)
        let used = buffer.putWrapped("Verify insurance before the visit", in: Rect(x: 1, y: 0, width: 12, height: 3), prefix: "A. ")
        #expect(used == 3)
        #expect(buffer.lines == [" A. Verify", "    insurance", "    before", ""])
    }
}
