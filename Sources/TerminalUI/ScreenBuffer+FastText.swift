/// The fast path of ``ScreenBuffer/put(_:x:y:style:maxWidth:)`` for text of one-column scalars.
///
/// Almost everything a screen draws is printable ASCII, box lines, bars and a few symbols. For
/// such text every Unicode scalar is its own grapheme cluster, one column wide, and needs no
/// sanitizing, so the cells can be written scalar by scalar without grapheme breaking. Anything
/// else (wide or zero-width characters, controls, marks, emoji) takes the general path.
extension ScreenBuffer {
    /// Draws `text` if every scalar is simple, returning the columns written; nil leaves it to the general path.
    ///
    /// Clipping matches the general path for one-column characters: cells left of 0 and from
    /// `limit` on are skipped, and the count is of the columns actually written.
    mutating func putSimple(_ text: String, x: Int, y: Int, style: Style, limit: Int) -> Int? {
        guard let (count, ascii) = Self.simpleScalars(text) else { return nil }
        let first = max(x, 0), end = min(x + count, limit)
        guard end > first else { return 0 }
        prepareRun(y: y, from: first, to: end)
        let base = y * width
        var column = x
        if ascii {
            let table = Self.asciiCellText
            for byte in text.utf8 {
                if column >= end { break }
                if column >= 0 { cells[base + column] = Cell(text: table[Int(byte)], style: style) }
                column += 1
            }
        } else {
            var last: (scalar: Unicode.Scalar, text: String)?
            for scalar in text.unicodeScalars {
                if column >= end { break }
                if column >= 0 {
                    // Lines and bars repeat one scalar: build its cell text once.
                    let cellText: String
                    if let last, last.scalar == scalar {
                        cellText = last.text
                    } else {
                        cellText = String(Character(scalar))
                        last = (scalar, cellText)
                    }
                    cells[base + column] = Cell(text: cellText, style: style)
                }
                column += 1
            }
        }
        return end - first
    }

    /// Fills columns `first..<end` of row `y` with one simple character, as writing it cell by cell would.
    mutating func fillSimple(_ cellText: String, y: Int, from first: Int, to end: Int, style: Style) {
        guard end > first else { return }
        prepareRun(y: y, from: first, to: end)
        let cell = Cell(text: cellText, style: style)
        let base = y * width
        for column in first..<end { cells[base + column] = cell }
    }

    /// Repairs the wide characters cut by overwriting columns `first..<end` with one-column cells.
    ///
    /// Writing the run cell by cell with `setCell` changes, besides the run itself, only its two
    /// neighbours: the left half of a wide character whose right half is the run's first cell,
    /// and the right half of a wide character whose left half is the run's last cell. Both
    /// become spaces; everything in between is overwritten anyway.
    private mutating func prepareRun(y: Int, from first: Int, to end: Int) {
        let base = y * width
        if first > 0, cells[base + first].isContinuation {
            cells[base + first - 1].text = " "
        }
        let lastOld = cells[base + end - 1]
        if !lastOld.isContinuation, end < width, cells[base + end].isContinuation, TextWidth.columns(of: lastOld.text) == 2 {
            cells[base + end].text = " "
        }
    }

    /// The number of scalars in `text` when each is a one-column grapheme of its own (and whether all are ASCII), else nil.
    static func simpleScalars(_ text: String) -> (count: Int, ascii: Bool)? {
        if let ascii = TextWidth.printableASCIICount(text) { return (ascii, true) }
        var count = 0
        var lastSimple: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar != lastSimple {
                guard isSimple(scalar) else { return nil }
                lastSimple = scalar
            }
            count += 1
        }
        return (count, false)
    }

    /// True for a scalar that always forms a one-column grapheme cluster by itself and is unchanged by ``TextSanitizer``.
    ///
    /// The ranges hold no combining marks, joiners, prepended or format characters, so text made
    /// only of them breaks between every scalar; the width check drops the emoji among them.
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x20, value < 0x7F { return true }
        let inRange = (0xA0...0x2FF).contains(value) && value != 0xAD  // Latin letters and signs, not the soft hyphen
            || (0x2010...0x2027).contains(value)                        // dashes, quotes, bullets, ellipsis
            || (0x2030...0x205E).contains(value)                        // per mille, primes
            || (0x2190...0x23FF).contains(value)                        // arrows, maths, technical symbols
            || (0x2500...0x27BF).contains(value)                        // box drawing, blocks, shapes, dingbats
        return inRange && TextWidth.columns(ofScalar: scalar) == 1
    }

    /// One-character strings for every ASCII code, so a cell's text is not built per write.
    static let asciiCellText: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }
}
