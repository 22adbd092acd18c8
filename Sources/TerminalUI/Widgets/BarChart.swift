/// Rows of "label  bar  value", aligned in columns: per-domain scores, for example.
public struct BarChart: Sendable, Equatable {
    /// One row of the chart.
    public struct Row: Sendable, Equatable {
        public var label: String
        /// The filled share of the bar, 0…1.
        public var fraction: Double
        /// Text shown right-aligned after the bar, such as "72%".
        public var value: String
        /// Optional bounds marked on the bar.
        public var interval: ClosedRange<Double>?
        /// Overrides the chart's bar style for this row (e.g. `.warning` for a weak area).
        public var barStyle: Style?

        public init(label: String, fraction: Double, value: String, interval: ClosedRange<Double>? = nil, barStyle: Style? = nil) {
            self.label = label
            self.fraction = fraction
            self.value = value
            self.interval = interval
            self.barStyle = barStyle
        }
    }

    public var rows: [Row]
    /// Label column width; `nil` uses the widest label, capped at half the chart width.
    public var labelWidth: Int?
    public var labelStyle: Style
    public var valueStyle: Style
    public var barStyle: Style

    public init(rows: [Row], labelWidth: Int? = nil, labelStyle: Style = .normal, valueStyle: Style = .normal, barStyle: Style = Style(.barFilled)) {
        self.rows = rows
        self.labelWidth = labelWidth
        self.labelStyle = labelStyle
        self.valueStyle = valueStyle
        self.barStyle = barStyle
    }

    /// The label, bar and value widths used for a chart `width` columns wide (one space between parts).
    public func layout(width: Int) -> (label: Int, bar: Int, value: Int) {
        let widestValue = rows.map { TextWidth.columns(of: TextSanitizer.clean($0.value)) }.max() ?? 0
        let widestLabel = rows.map { TextWidth.columns(of: TextSanitizer.clean($0.label)) }.max() ?? 0
        let value = min(widestValue, max(0, width / 4))
        let label = min(labelWidth ?? widestLabel, max(0, width / 2))
        let gaps = (label > 0 ? 1 : 0) + (value > 0 ? 1 : 0)
        return (label, max(0, width - label - value - gaps), value)
    }

    /// Draws up to `rect.height` rows and returns how many it drew.
    @discardableResult
    public func draw(into buffer: inout ScreenBuffer, in rect: Rect) -> Int {
        let widths = layout(width: rect.width)
        let count = min(rows.count, rect.height)
        for index in 0..<count {
            let row = rows[index]
            let y = rect.y + index
            var x = rect.x
            if widths.label > 0 {
                buffer.put(TextWidth.pad(TextSanitizer.clean(row.label), to: widths.label), x: x, y: y, style: labelStyle)
                x += widths.label + 1
            }
            if widths.bar > 0 {
                let bar = ProgressBar(fraction: row.fraction, interval: row.interval, filledStyle: row.barStyle ?? barStyle)
                bar.draw(into: &buffer, x: x, y: y, width: widths.bar)
                x += widths.bar + 1
            }
            if widths.value > 0 {
                buffer.put(TextWidth.pad(TextSanitizer.clean(row.value), to: widths.value, alignment: .right), x: x, y: y, style: valueStyle)
            }
        }
        return count
    }
}
