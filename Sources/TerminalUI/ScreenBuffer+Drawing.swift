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
        let text = String(repeating: String(character), count: area.width)
        for y in area.y..<area.maxY {
            put(text, x: area.x, y: y, style: style, maxWidth: area.width)
        }
    }

    /// Draws a horizontal line of `length` cells starting at (`x`, `y`).
    public mutating func hline(x: Int, y: Int, length: Int, style: Style = Style(.border), character: String = BoxChars.horizontal) {
        guard length > 0 else { return }
        put(String(repeating: character, count: length), x: x, y: y, style: style, maxWidth: length)
    }

    /// Draws a vertical line of `length` cells starting at (`x`, `y`).
    public mutating func vline(x: Int, y: Int, length: Int, style: Style = Style(.border), character: String = BoxChars.vertical) {
        guard length > 0 else { return }
        for row in y..<(y + length) {
            put(character, x: x, y: row, style: style, maxWidth: 1)
        }
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
