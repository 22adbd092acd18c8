import Testing
import TerminalUI

@Suite("Key")
struct KeyTests {
    @Test("display names for help text", arguments: [
        (Key.left, "←"), (.right, "→"), (.up, "↑"), (.down, "↓"),
        (.enter, "Enter"), (.escape, "Esc"), (.pageUp, "PgUp"), (.pageDown, "PgDn"),
        (.home, "Home"), (.end, "End"), (.tab, "Tab"), (.backTab, "Shift-Tab"),
        (.backspace, "Backspace"), (.delete, "Del"),
        (.ctrl("c"), "Ctrl-C"), (.char("a"), "a"), (.char(" "), "Space"), (.char("?"), "?"),
        (.function(1), "F1"), (.function(12), "F12"),
    ])
    func displayName(key: Key, expected: String) {
        #expect(key.displayName == expected)
    }
}

@Suite("TestBackend")
struct TestBackendTests {
    @Test("delivers scripted events in order, then nil")
    func scripted() {
        let backend = TestBackend(width: 40, height: 10, events: [.key(.down)])
        backend.enqueue(.enter, .escape)
        backend.type("ab")
        #expect(backend.nextEvent(timeoutMilliseconds: 100) == .key(.down))
        #expect(backend.nextEvent(timeoutMilliseconds: 100) == .key(.enter))
        #expect(backend.nextEvent(timeoutMilliseconds: 100) == .key(.escape))
        #expect(backend.nextEvent(timeoutMilliseconds: 100) == .key(.char("a")))
        #expect(backend.nextEvent(timeoutMilliseconds: 250) == .key(.char("b")))
        #expect(backend.nextEvent(timeoutMilliseconds: 100) == nil)
        #expect(backend.requestedTimeouts == [100, 100, 100, 100, 250, 100])
    }

    @Test("ticks when empty if asked")
    func ticks() {
        let backend = TestBackend(ticksWhenEmpty: true)
        #expect(backend.nextEvent(timeoutMilliseconds: 0) == .tick)
    }

    @Test("keeps the last buffer and reports resizes")
    func presentAndResize() {
        let backend = TestBackend(width: 10, height: 2)
        var buffer = ScreenBuffer(width: 10, height: 2)
        buffer.put("hello", x: 0, y: 0)
        backend.present(buffer)
        #expect(backend.screenLines == ["hello", ""])
        #expect(backend.presentCount == 1)
        backend.resize(width: 20, height: 5)
        #expect(backend.size == (20, 5))
        #expect(backend.nextEvent(timeoutMilliseconds: 0) == .resize(width: 20, height: 5))
        backend.suspendForShell()
        #expect(backend.suspendCount == 1)
    }
}
