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

        let width = min(columns, buffer.width)
        var styles = StyleCache(palette: palette)
        for y in 0..<min(rows, buffer.height) {
            guard let span = changedSpan(in: buffer, comparedTo: old, row: y, width: width) else { continue }
            let row = buffer.cells(inRow: y)
            for x in span {
                draw(row[row.startIndex + x], x: x, y: y, lastColumn: columns - 1, styles: &styles)
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
        guard let changed = buffer.changedColumns(inRow: y, comparedTo: old, width: width) else { return nil }
        var first = changed.lowerBound
        while first > 0, buffer[first, y].isContinuation { first -= 1 }
        return first...changed.upperBound
    }

    /// Puts one cell on curses' screen with the wide-character API.
    private func draw(_ cell: Cell, x: Int, y: Int, lastColumn: Int, styles: inout StyleCache) {
        // The right half of a wide character is filled in by curses when it draws the left half.
        guard !cell.isContinuation else { return }
        let window = nc_stdscr()
        let entry = styles.entry(for: cell.style)
        var complex = cchar_t()
        if let ascii = CursesTerminal.printableASCII(cell.text) {
            // Most cells: one printable byte, no width question and no array to build.
            var characters: (wchar_t, wchar_t) = (wchar_t(ascii), 0)
            withUnsafePointer(to: &characters) { pointer in
                pointer.withMemoryRebound(to: wchar_t.self, capacity: 2) { text in
                    _ = setcchar(&complex, text, entry.attributes, entry.pair, nil)
                }
            }
            mvwadd_wch(window, Int32(y), Int32(x), &complex)
            return
        }
        var expected = TextWidth.columns(of: cell.text)
        var characters = CursesTerminal.wideCharacters(for: cell.text, expectedWidth: expected)
        // A wide character cannot start in the last column; curses would wrap or reject it.
        if expected == 2, x >= lastColumn {
            characters = [wchar_t(0x20), 0]
            expected = 1
        }
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

    /// The byte of a one-character printable ASCII cell, or nil.
    static func printableASCII(_ text: String) -> UInt8? {
        var bytes = text.utf8.makeIterator()
        guard let byte = bytes.next(), bytes.next() == nil, byte >= 0x20, byte < 0x7F else { return nil }
        return byte
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

/// The palette entry of the last style drawn, so runs of one style look it up once.
///
/// Neighbouring cells nearly always share a style; the palette's dictionary lookup per cell
/// was a large part of drawing a changed region.
struct StyleCache {
    let palette: CursesPalette
    private var last: (style: Style, entry: CursesPalette.Entry)?

    init(palette: CursesPalette) {
        self.palette = palette
    }

    mutating func entry(for style: Style) -> CursesPalette.Entry {
        if let last, last.style == style { return last.entry }
        let entry = palette.entry(for: style)
        last = (style, entry)
        return entry
    }
}
