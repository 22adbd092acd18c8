import CNcursesw
import Testing
import TerminalUI
@testable import CursesBackend

#if canImport(Glibc)
import Glibc
#endif

/// The curses round trip without a tty: buffer → ncursesw → read back with mvinnwstr.
extension CursesTerminalTests {
    private func sampleBuffer() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: 30, height: 6)
        buffer.drawBox(Rect(x: 0, y: 0, width: 30, height: 5), title: "Exam")
        buffer.put("ASCII ok", x: 2, y: 1)
        buffer.put("日本語 Café", x: 2, y: 2, style: Style(.correct))
        buffer.put("e\u{301} ✓ 한국", x: 2, y: 3, style: Style(.selected))
        buffer.put("\u{1B}[2J", x: 0, y: 5, style: Style(.incorrect))
        return buffer
    }

    @Test("present copies ASCII, box characters, CJK and combining marks into curses")
    func roundTrip() throws {
        let terminal = try CursesTerminal(headlessWidth: 30, height: 6)
        defer { terminal.shutdown() }
        #expect(terminal.size == (30, 6))
        let buffer = sampleBuffer()
        terminal.present(buffer)
        #expect(terminal.screenLines() == buffer.lines)
        #expect(terminal.screenLines() == [
            "┌─ Exam ─────────────────────┐",
            "│ ASCII ok                   │",
            "│ 日本語 Café                │",
            "│ e\u{301} ✓ 한국                   │",
            "└────────────────────────────┘",
            "␛[2J",
        ])
    }

    @Test("only changed cells are redrawn, and the result is still exact")
    func incrementalUpdate() throws {
        let terminal = try CursesTerminal(headlessWidth: 30, height: 6)
        defer { terminal.shutdown() }
        var buffer = sampleBuffer()
        terminal.present(buffer)
        // Replace a wide character with narrow ones and a narrow one with a wide one.
        buffer.put("ab", x: 2, y: 2, style: Style(.correct))
        buffer.put("語", x: 3, y: 1)
        terminal.present(buffer)
        #expect(terminal.screenLines() == buffer.lines)
        #expect(terminal.screenLines()[1] == "│ A語II ok                   │")
        #expect(terminal.screenLines()[2] == "│ ab本語 Café                │")
        // A buffer of another size repaints everything.
        var small = ScreenBuffer(width: 10, height: 2)
        small.put("small", x: 0, y: 0)
        terminal.present(small)
        #expect(terminal.screenLines() == ["small", "", "", "", "", ""])
    }

    @Test("styles reach curses as colour pairs and attributes")
    func styles() throws {
        let terminal = try CursesTerminal(headlessWidth: 30, height: 6)
        defer { terminal.shutdown() }
        terminal.present(sampleBuffer())
        #expect(terminal.usesColor)
        let correct = try #require(terminal.storedAttributes(x: 2, y: 2))
        let selected = try #require(terminal.storedAttributes(x: 2, y: 3))
        let plain = try #require(terminal.storedAttributes(x: 2, y: 1))
        #expect(correct.pair == terminal.palette.entry(for: Style(.correct)).pair)
        #expect(correct.pair != 0)
        #expect(correct.attributes & nc_a_bold() != 0)
        #expect(selected.pair != correct.pair)
        #expect(plain.pair == 0)
    }

    @Test("without colour, status roles still differ by attribute")
    func monochrome() throws {
        let terminal = try CursesTerminal(headlessWidth: 30, height: 6, color: false)
        defer { terminal.shutdown() }
        terminal.present(sampleBuffer())
        #expect(!terminal.usesColor)
        let selected = try #require(terminal.storedAttributes(x: 2, y: 3))
        #expect(selected.pair == 0)
        #expect(selected.attributes & nc_a_reverse() != 0)
        #expect(terminal.screenLines() == sampleBuffer().lines)
    }

    @Test("a wide character in the last column is replaced by a space")
    func wideAtEdge() throws {
        let terminal = try CursesTerminal(headlessWidth: 5, height: 1)
        defer { terminal.shutdown() }
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("abcd日", x: 0, y: 0)
        terminal.present(buffer)
        #expect(terminal.screenLines() == ["abcd"])
    }

    @Test("termination signals set the pending flag instead of killing the process")
    func terminationSignal() {
        SignalHandling.install()
        defer {
            SignalHandling.removeAll()
            CursesTerminal.clearPendingTerminationSignal()
        }
        #expect(CursesTerminal.pendingTerminationSignal == nil)
        #expect(deliver(SIGHUP) == SIGHUP)
        CursesTerminal.clearPendingTerminationSignal()
        #expect(deliver(SIGTERM) == SIGTERM)
    }

    /// Sends `signal` to the whole process and waits for some thread to run the handler.
    ///
    /// `raise` would target this thread, and test worker threads block asynchronous signals.
    private func deliver(_ signal: Int32) -> Int32? {
        kill(getpid(), signal)
        for _ in 0..<200 where CursesTerminal.pendingTerminationSignal == nil {
            usleep(5_000)
        }
        return CursesTerminal.pendingTerminationSignal
    }

    @Test("shutdown is idempotent and disables the terminal")
    func shutdownTwice() throws {
        let terminal = try CursesTerminal(headlessWidth: 10, height: 2)
        terminal.shutdown()
        terminal.shutdown()
        #expect(terminal.size == (0, 0))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == nil)
        terminal.present(ScreenBuffer(width: 10, height: 2))
    }
}
