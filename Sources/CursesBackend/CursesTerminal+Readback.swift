import CNcursesw

extension CursesTerminal {
    /// What curses believes is on screen, one string per row with trailing spaces trimmed.
    ///
    /// Wide characters appear once, as in `ScreenBuffer.lines`, so a smoke test can compare the
    /// two directly. Meant for tests of the headless terminal.
    public func screenLines() -> [String] {
        guard !isShutDown else { return [] }
        set_term(screen)
        let (width, height) = size
        return (0..<height).map { y in
            var line = screenRow(y, width: width)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    private func screenRow(_ y: Int, width: Int) -> String {
        // Combining marks can add a few wide characters per cell.
        let capacity = width * Int(CCHARW_MAX) + 1
        var characters = [wchar_t](repeating: 0, count: capacity)
        let count = mvwinnwstr(nc_stdscr(), Int32(y), 0, &characters, Int32(capacity - 1))
        guard count != ERR else { return "" }
        var scalars = String.UnicodeScalarView()
        for code in characters.prefix(Int(count)) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: code)) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// The attributes and colour pair curses stored for one cell (for tests of the palette).
    func storedAttributes(x: Int, y: Int) -> (attributes: attr_t, pair: Int16)? {
        set_term(screen)
        var complex = cchar_t()
        guard mvwin_wch(nc_stdscr(), Int32(y), Int32(x), &complex) != ERR else { return nil }
        var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        guard getcchar(&complex, &characters, &attributes, &pair, nil) != ERR else { return nil }
        return (attributes, pair)
    }
}
