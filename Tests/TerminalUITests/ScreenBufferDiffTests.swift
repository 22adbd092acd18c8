import Testing
import TerminalUI

@Suite("ScreenBuffer row diff")
struct ScreenBufferDiffTests {
    @Test("an unchanged row has no changed span")
    func unchanged() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        buffer.put("same text", x: 0, y: 0)
        let copy = buffer
        #expect(buffer.changedColumns(inRow: 0, comparedTo: copy) == nil)
        #expect(buffer.changedColumns(inRow: 1, comparedTo: copy) == nil)
    }

    @Test("the span runs from the first to the last changed cell, style changes included")
    func span() {
        var old = ScreenBuffer(width: 10, height: 1)
        old.put("abcdefghij", x: 0, y: 0)
        var new = old
        new.put("X", x: 2, y: 0)
        #expect(new.changedColumns(inRow: 0, comparedTo: old) == 2...2)
        new.put("h", x: 7, y: 0, style: Style(.selected))
        #expect(new.changedColumns(inRow: 0, comparedTo: old) == 2...7)
    }

    @Test("only the first width columns count, and rows outside either buffer are unchanged")
    func clipped() {
        var old = ScreenBuffer(width: 10, height: 2)
        var new = old
        new.put("z", x: 8, y: 0)
        #expect(new.changedColumns(inRow: 0, comparedTo: old, width: 8) == nil)
        #expect(new.changedColumns(inRow: 0, comparedTo: old, width: 9) == 8...8)
        #expect(new.changedColumns(inRow: 2, comparedTo: old) == nil)
        #expect(new.changedColumns(inRow: -1, comparedTo: old) == nil)
        old = ScreenBuffer(width: 4, height: 1)
        #expect(new.changedColumns(inRow: 1, comparedTo: old) == nil)
    }

    @Test("a row's cells read back in order")
    func rowCells() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        buffer.put("日x", x: 0, y: 1)
        #expect(buffer.cells(inRow: 1).map(\.text) == ["日", "", "x", " "])
        #expect(buffer.cells(inRow: 2).isEmpty)
    }
}
