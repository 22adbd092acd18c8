import Testing
import TerminalUI

@Suite("Rect")
struct RectTests {
    @Test("inset and intersection")
    func insets() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 5)
        #expect(rect.inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 3))
        #expect(rect.inset(by: 6).isEmpty)
        #expect(rect.intersection(Rect(x: 8, y: 3, width: 10, height: 10)) == Rect(x: 8, y: 3, width: 2, height: 2))
        #expect(rect.contains(x: 9, y: 4))
        #expect(!rect.contains(x: 10, y: 4))
    }

    @Test("splits")
    func splits() {
        let rect = Rect(x: 2, y: 1, width: 20, height: 10)
        #expect(rect.splitTop(3).top == Rect(x: 2, y: 1, width: 20, height: 3))
        #expect(rect.splitTop(3).rest == Rect(x: 2, y: 4, width: 20, height: 7))
        #expect(rect.splitBottom(1).bottom == Rect(x: 2, y: 10, width: 20, height: 1))
        #expect(rect.splitLeft(5).rest == Rect(x: 7, y: 1, width: 15, height: 10))
        #expect(rect.splitRight(5).right == Rect(x: 17, y: 1, width: 5, height: 10))
    }

    @Test("rows and columns share the leftover space")
    func distribute() {
        let rect = Rect(width: 10, height: 10)
        #expect(rect.rows([1, nil, 1]).map(\.height) == [1, 8, 1])
        #expect(rect.rows([nil, nil, nil]).map(\.y) == [0, 4, 7])
        #expect(rect.columns([3, nil], spacing: 1).map(\.width) == [3, 6])
        #expect(rect.columns([3, nil], spacing: 1).map(\.x) == [0, 4])
        #expect(rect.columns([8, 8]).map(\.width) == [8, 2])
    }

    @Test("centered dialogs")
    func centered() {
        #expect(Rect(width: 80, height: 24).centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(Rect(width: 10, height: 5).centered(width: 40, height: 10) == Rect(width: 10, height: 5))
    }
}
