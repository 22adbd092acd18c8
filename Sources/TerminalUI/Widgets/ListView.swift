/// A vertical list with one highlighted row that scrolls to keep the selection visible.
///
/// When the items do not fit, the last column shows "▲" / "▼" where more items lie above or below.
public struct ListView: Sendable, Equatable {
    /// One row of the list.
    public struct Item: Sendable, Equatable {
        public var text: String
        public var style: Style

        public init(_ text: String, style: Style = .normal) {
            self.text = text
            self.style = style
        }
    }

    public var items: [Item]
    /// The highlighted item, if any.
    public var selected: Int?
    /// The first item shown last frame; ``draw(into:in:)`` returns the adjusted value.
    public var scrollOffset: Int
    public var selectedStyle: Style
    public var indicatorStyle: Style

    public init(items: [Item], selected: Int? = nil, scrollOffset: Int = 0, selectedStyle: Style = Style(.selected), indicatorStyle: Style = Style(.dim)) {
        self.items = items
        self.selected = selected
        self.scrollOffset = scrollOffset
        self.selectedStyle = selectedStyle
        self.indicatorStyle = indicatorStyle
    }

    /// A list of plain strings in the normal style.
    public init(_ texts: [String], selected: Int? = nil, scrollOffset: Int = 0) {
        self.init(items: texts.map { Item($0) }, selected: selected, scrollOffset: scrollOffset)
    }

    /// Draws the visible items into `rect` and returns the offset and rows actually shown.
    @discardableResult
    public func draw(into buffer: inout ScreenBuffer, in rect: Rect) -> Viewport {
        let rows = rect.height
        let offset = Viewport.scrollOffset(selected: selected, offset: scrollOffset, visibleRows: rows, count: items.count)
        let end = min(items.count, offset + rows)
        guard rows > 0, rect.width > 0 else { return Viewport(scrollOffset: offset, visible: offset..<offset) }

        let overflows = items.count > rows
        let textWidth = overflows ? rect.width - 1 : rect.width
        for index in offset..<end {
            let y = rect.y + index - offset
            let item = items[index]
            let style = index == selected ? selectedStyle : item.style
            if index == selected {
                buffer.fill(Rect(x: rect.x, y: y, width: textWidth, height: 1), style: style)
            }
            buffer.put(TextWidth.truncate(TextSanitizer.clean(item.text), to: textWidth), x: rect.x, y: y, style: style, maxWidth: textWidth)
        }
        if overflows, rect.width > 1 {
            if offset > 0 {
                buffer.put("▲", x: rect.maxX - 1, y: rect.y, style: indicatorStyle)
            }
            if end < items.count {
                buffer.put("▼", x: rect.maxX - 1, y: rect.maxY - 1, style: indicatorStyle)
            }
        }
        return Viewport(scrollOffset: offset, visible: offset..<end)
    }
}
