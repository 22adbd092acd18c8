import CNcursesw
import TerminalUI

extension CursesTerminal {
    /// Copies `buffer` to the screen, sending only the rows' changed spans since the last call.
    ///
    /// The first call, a size change or a resize event repaints everything. Cells beyond the
    /// terminal's size are clipped.
    public func present(_ buffer: ScreenBuffer) {
        guard !isShutDown else { return }
        set_term(screen)
        let window = nc_stdscr()
        let (columns, rows) = size
        let old = previous.flatMap { $0.width == buffer.width && $0.height == buffer.height ? $0 : nil }
        if old == nil { werase(window) }

        for y in 0..<min(rows, buffer.height) {
            let width = min(columns, buffer.width)
            guard let span = changedSpan(in: buffer, comparedTo: old, row: y, width: width) else { continue }
            var x = span.lowerBound
            while x <= span.upperBound {
                draw(buffer[x, y], x: x, y: y, lastColumn: columns - 1)
                x += 1
            }
        }
        wnoutrefresh(window)
        doupdate()
        previous = buffer
    }

    /// Forgets what is on screen so the next ``present(_:)`` repaints every cell.
    public func invalidate() {
        previous = nil
        guard !isShutDown else { return }
        set_term(screen)
        clearok(nc_curscr(), true)
    }

    /// The first and last column of row `y` that differ, widened to whole wide characters.
    private func changedSpan(in buffer: ScreenBuffer, comparedTo old: ScreenBuffer?, row y: Int, width: Int) -> ClosedRange<Int>? {
        guard width > 0 else { return nil }
        guard let old else { return 0...(width - 1) }
        guard var first = (0..<width).first(where: { buffer[$0, y] != old[$0, y] }) else { return nil }
        let last = (first..<width).last(where: { buffer[$0, y] != old[$0, y] }) ?? first
        while first > 0, buffer[first, y].isContinuation { first -= 1 }
        return first...last
    }

    /// Puts one cell on curses' screen with the wide-character API.
    private func draw(_ cell: Cell, x: Int, y: Int, lastColumn: Int) {
        // The right half of a wide character is filled in by curses when it draws the left half.
        guard !cell.isContinuation else { return }
        let window = nc_stdscr()
        let entry = palette.entry(for: cell.style)
        var expected = TextWidth.columns(of: cell.text)
        var characters = CursesTerminal.wideCharacters(for: cell.text, expectedWidth: expected)
        // A wide character cannot start in the last column; curses would wrap or reject it.
        if expected == 2, x >= lastColumn {
            characters = [wchar_t(0x20), 0]
            expected = 1
        }
        var complex = cchar_t()
        if setcchar(&complex, characters, entry.attributes, entry.pair, nil) == ERR {
            setcchar(&complex, [wchar_t(0x3F), 0], entry.attributes, entry.pair, nil)
        }
        // Writing the bottom-right cell returns ERR (the cursor cannot advance) but still draws.
        mvwadd_wch(window, Int32(y), Int32(x), &complex)

        // If the C library thinks the character is narrower than our layout does, pad the gap
        // so the following cells stay where the buffer put them.
        if expected == 2, nc_wcwidth(characters[0]) < 2 {
            var blank = cchar_t()
            setcchar(&blank, [wchar_t(0x20), 0], entry.attributes, entry.pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x + 1), &blank)
        }
    }

    /// The null-terminated wide string for one grapheme: its base character plus combining marks.
    ///
    /// A `cchar_t` holds one spacing character and a few non-spacing ones, so multi-emoji ZWJ
    /// sequences keep only their first emoji. A base the C library cannot print, or one it
    /// thinks is wider than our layout allows, becomes U+FFFD so the grid stays aligned.
    static func wideCharacters(for text: String, expectedWidth: Int) -> [wchar_t] {
        var scalars = text.unicodeScalars.makeIterator()
        guard let base = scalars.next() else { return [wchar_t(0x20), 0] }
        let baseWidth = nc_wcwidth(wchar_t(bitPattern: base.value))
        guard baseWidth >= 0, baseWidth <= max(1, expectedWidth) else { return [wchar_t(0xFFFD), 0] }
        var result = [wchar_t(bitPattern: base.value)]
        while let scalar = scalars.next(), result.count < Int(CCHARW_MAX) {
            let code = wchar_t(bitPattern: scalar.value)
            guard scalar.value != 0x200D, nc_wcwidth(code) == 0 else { break }
            result.append(code)
        }
        result.append(0)
        return result
    }
}
