/// An in-memory grid of cells that screens draw into and backends copy to the terminal.
///
/// Drawing never fails: anything outside the buffer is clipped. Text is sanitized on the way
/// in, so no string drawn here can change the terminal's state.
public struct ScreenBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Row-major cells; internal so the drawing fast paths and the row diff can reach them.
    var cells: [Cell]

    /// A buffer of blank cells; negative sizes are treated as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var bounds: Rect { Rect(width: width, height: height) }

    /// The cell at a position; reading outside gives a blank, writing outside is ignored.
    ///
    /// This is raw access: it does not repair a wide character it cuts in half. Use ``put(_:x:y:style:maxWidth:)``
    /// for text.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard contains(x: x, y: y) else { return .blank }
            return cells[y * width + x]
        }
        set {
            guard contains(x: x, y: y) else { return }
            cells[y * width + x] = newValue
        }
    }

    /// True when the position lies inside the buffer.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height
    }

    /// Every cell back to a blank in the normal style.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
    }

    /// Draws `text` on one row and returns how many columns it wrote.
    ///
    /// The text is sanitized first (newlines show as "␊"; wrap text before drawing it). Drawing
    /// stops at the right edge or after `maxWidth` columns. A wide character that would straddle
    /// that limit is replaced by a space, so the cell count stays exact. Zero-width characters
    /// at the very start, with nothing to attach to, are dropped.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        var limit = width
        if let maxWidth { limit = min(limit, x + max(0, maxWidth)) }
        guard x < limit else { return 0 }
        if let written = putSimple(text, x: x, y: y, style: style, limit: limit) { return written }
        return putClusters(text, x: x, y: y, style: style, limit: limit)
    }

    /// The general path of ``put(_:x:y:style:maxWidth:)``: any text, grapheme cluster by cluster, up to column `limit`.
    mutating func putClusters(_ text: String, x: Int, y: Int, style: Style, limit: Int) -> Int {
        var column = x
        var lastWritten: Int?
        for character in TextSanitizer.clean(text) {
            let w = TextWidth.columns(of: character)
            if w == 0 {
                // A stray zero-width character joins the cell before it, as a terminal would.
                if let last = lastWritten { cells[y * width + last].text.append(character) }
                continue
            }
            if column + w > limit {
                if column < limit, column >= 0 {
                    setCell(x: column, y: y, Cell(text: " ", style: style))
                    column += 1
                }
                break
            }
            if column >= 0 {
                setCell(x: column, y: y, Cell(text: String(character), style: style))
                if w == 2 { setCell(x: column + 1, y: y, Cell(text: "", style: style)) }
                lastWritten = column
            } else if column + w > 0 {
                // The left half fell off the edge; the visible half becomes a space.
                setCell(x: 0, y: y, Cell(text: " ", style: style))
            }
            column += w
        }
        return max(0, column - max(x, 0))
    }

    /// Writes one cell, blanking the other half of any wide character it overwrites.
    private mutating func setCell(x: Int, y: Int, _ cell: Cell) {
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, !cell.isContinuation, x > 0 {
            cells[index - 1].text = " "
        }
        if !old.isContinuation, x + 1 < width, cells[index + 1].isContinuation,
           TextWidth.columns(of: old.text) == 2, TextWidth.columns(of: cell.text) != 2 || cell.isContinuation {
            cells[index + 1].text = " "
        }
        cells[index] = cell
    }

    /// Row `y` as text, one entry per cell (wide characters appear once), untrimmed.
    public func row(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var line = ""
        for x in 0..<width { line += cells[y * width + x].text }
        return line
    }

    /// Every row as text with trailing spaces trimmed; what tests compare screens with.
    public var lines: [String] {
        (0..<height).map { y in
            var line = row(y)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Row `y` with one character per column: `mark` where `predicate` holds for the style, else a space.
    ///
    /// Lets a test check styling as text, e.g. that a selected row is highlighted across its width.
    public func styleMask(_ y: Int, mark: Character = "^", where predicate: (Style) -> Bool) -> String {
        guard y >= 0, y < height else { return "" }
        var mask = ""
        for x in 0..<width {
            mask.append(predicate(cells[y * width + x].style) ? mark : " ")
        }
        while mask.last == " " { mask.removeLast() }
        return mask
    }
}
