/// Box characters used by ``ScreenBuffer/drawBox(_:title:style:titleStyle:)`` and the line helpers.
public enum BoxChars {
    public static let topLeft = "┌"
    public static let topRight = "┐"
    public static let bottomLeft = "└"
    public static let bottomRight = "┘"
    public static let horizontal = "─"
    public static let vertical = "│"
}

extension ScreenBuffer {
    /// Fills `rect` (clipped to the buffer) with `character` in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .normal, character: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1, ScreenBuffer.isSimple(scalar) {
            // Blank panels and bars: one cell value repeated, no string to build and walk.
            let cellText = String(character)
            for y in area.y..<area.maxY { fillSimple(cellText, y: y, from: area.x, to: area.maxX, style: style) }
            return
        }
        let text = String(repeating: String(character), count: area.width)
        for y in area.y..<area.maxY {
            put(text, x: area.x, y: y, style: style, maxWidth: area.width)
        }
    }

    /// Draws a horizontal line of `length` cells starting at (`x`, `y`).
    public mutating func hline(x: Int, y: Int, length: Int, style: Style = Style(.border), character: String = BoxChars.horizontal) {
        guard length > 0 else { return }
        let scalars = character.unicodeScalars
        if let scalar = scalars.first, scalars.count == 1, ScreenBuffer.isSimple(scalar) {
            guard y >= 0, y < height else { return }
            fillSimple(character, y: y, from: max(x, 0), to: min(x + length, width), style: style)
            return
        }
        put(String(repeating: character, count: length), x: x, y: y, style: style, maxWidth: length)
    }

    /// Draws a vertical line of `length` cells starting at (`x`, `y`).
    public mutating func vline(x: Int, y: Int, length: Int, style: Style = Style(.border), character: String = BoxChars.vertical) {
        guard length > 0 else { return }
        for row in y..<(y + length) {
            put(character, x: x, y: row, style: style, maxWidth: 1)
        }
    }

    /// Draws one line of text aligned within the first row of `rect`, cut with "…" if too long.
    @discardableResult
    public mutating func put(_ text: String, in rect: Rect, alignment: TextAlignment, style: Style = .normal) -> Int {
        guard rect.width > 0, rect.height > 0 else { return 0 }
        let fitted = TextWidth.truncate(TextSanitizer.clean(text), to: rect.width)
        let gap = rect.width - TextWidth.columns(of: fitted)
        let offset: Int
        switch alignment {
        case .left: offset = 0
        case .right: offset = gap
        case .center: offset = gap / 2
        }
        return put(fitted, x: rect.x + offset, y: rect.y, style: style, maxWidth: rect.width - offset)
    }

    /// Word-wraps `text` into `rect` and returns how many rows it used (at most `rect.height`).
    ///
    /// With a `prefix` such as "A. ", continuation lines are indented under the text.
    @discardableResult
    public mutating func putWrapped(_ text: String, in rect: Rect, prefix: String? = nil, style: Style = .normal) -> Int {
        guard rect.width > 0, rect.height > 0 else { return 0 }
        let lines = prefix.map { TextWrap.wrap(text, width: rect.width, prefix: $0) } ?? TextWrap.wrap(text, width: rect.width)
        for (index, line) in lines.prefix(rect.height).enumerated() {
            put(line, x: rect.x, y: rect.y + index, style: style, maxWidth: rect.width)
        }
        return min(lines.count, rect.height)
    }

    /// Draws a single-line box around the edge of `rect`, with an optional title in the top edge.
    ///
    /// The title is shown as "┌─ Title ───┐", cut with "…" when it does not fit. The inside is
    /// left untouched; use `rect.inset(by: 1)` for the content area. Boxes narrower or shorter
    /// than 2 cells are not drawn.
    public mutating func drawBox(_ rect: Rect, title: String? = nil, style: Style = Style(.border), titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        put(BoxChars.topLeft, x: rect.x, y: rect.y, style: style)
        put(BoxChars.topRight, x: right, y: rect.y, style: style)
        put(BoxChars.bottomLeft, x: rect.x, y: bottom, style: style)
        put(BoxChars.bottomRight, x: right, y: bottom, style: style)
        hline(x: rect.x + 1, y: rect.y, length: rect.width - 2, style: style)
        hline(x: rect.x + 1, y: bottom, length: rect.width - 2, style: style)
        vline(x: rect.x, y: rect.y + 1, length: rect.height - 2, style: style)
        vline(x: right, y: rect.y + 1, length: rect.height - 2, style: style)

        // Room for "─ " before and " ─" after the title keeps the corners recognisable.
        if let title, !title.isEmpty, rect.width >= 7 {
            let label = " " + TextWidth.truncate(TextSanitizer.clean(title), to: rect.width - 6) + " "
            put(label, x: rect.x + 2, y: rect.y, style: titleStyle ?? style, maxWidth: rect.width - 4)
        }
    }
}
