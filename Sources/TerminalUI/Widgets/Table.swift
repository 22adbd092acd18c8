/// A simple table: a header row, then rows of cells in fixed or shared-width columns.
///
/// Cells that do not fit are cut with "…". Columns are separated by `spacing` spaces.
public struct Table: Sendable, Equatable {
    /// One column's title, width and alignment.
    public struct Column: Sendable, Equatable {
        public var title: String
        /// Fixed width in columns; `nil` columns share the width left over.
        public var width: Int?
        public var alignment: TextAlignment

        public init(_ title: String, width: Int? = nil, alignment: TextAlignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    /// One row of cells with its own style.
    public struct Row: Sendable, Equatable {
        public var cells: [String]
        public var style: Style

        public init(_ cells: [String], style: Style = .normal) {
            self.cells = cells
            self.style = style
        }
    }

    public var columns: [Column]
    public var rows: [Row]
    public var spacing: Int
    public var showsHeader: Bool
    public var headerStyle: Style
    public var selected: Int?
    public var selectedStyle: Style
    public var scrollOffset: Int

    public init(
        columns: [Column], rows: [Row], spacing: Int = 1, showsHeader: Bool = true,
        headerStyle: Style = Style(.bold), selected: Int? = nil, selectedStyle: Style = Style(.selected), scrollOffset: Int = 0
    ) {
        self.columns = columns
        self.rows = rows
        self.spacing = spacing
        self.showsHeader = showsHeader
        self.headerStyle = headerStyle
        self.selected = selected
        self.selectedStyle = selectedStyle
        self.scrollOffset = scrollOffset
    }

    /// A table whose rows are plain strings in the normal style.
    public init(columns: [Column], cells: [[String]], spacing: Int = 1) {
        self.init(columns: columns, rows: cells.map { Row($0) }, spacing: spacing)
    }

    /// Each column's width for a table `total` columns wide.
    public func columnWidths(total: Int) -> [Int] {
        Rect(width: total, height: 1).columns(columns.map(\.width), spacing: spacing).map(\.width)
    }

    /// One row as text: each cell fitted to its column, joined by the spacing.
    public func format(_ cells: [String], widths: [Int]) -> String {
        let gap = String(repeating: " ", count: max(0, spacing))
        return zip(columns, widths).enumerated().map { index, pair in
            let text = index < cells.count ? TextSanitizer.clean(cells[index]) : ""
            return TextWidth.pad(text, to: pair.1, alignment: pair.0.alignment)
        }.joined(separator: gap)
    }

    /// Draws the header and as many rows as fit; returns the rows shown.
    @discardableResult
    public func draw(into buffer: inout ScreenBuffer, in rect: Rect) -> Viewport {
        let widths = columnWidths(total: rect.width)
        var body = rect
        if showsHeader, rect.height > 0 {
            buffer.put(format(columns.map(\.title), widths: widths), x: rect.x, y: rect.y, style: headerStyle, maxWidth: rect.width)
            body = rect.splitTop(1).rest
        }
        let offset = Viewport.scrollOffset(selected: selected, offset: scrollOffset, visibleRows: body.height, count: rows.count)
        let end = min(rows.count, offset + body.height)
        guard offset < end else { return Viewport(scrollOffset: offset, visible: offset..<offset) }
        for index in offset..<end {
            let y = body.y + index - offset
            let style = index == selected ? selectedStyle : rows[index].style
            if index == selected {
                buffer.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: style)
            }
            buffer.put(format(rows[index].cells, widths: widths), x: body.x, y: y, style: style, maxWidth: body.width)
        }
        return Viewport(scrollOffset: offset, visible: offset..<end)
    }
}
