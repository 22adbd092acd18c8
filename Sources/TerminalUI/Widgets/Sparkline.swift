/// A one-row trend of values drawn with block heights ▁▂▃▄▅▆▇█.
public enum Sparkline {
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One character per value; with a `width`, only the most recent `width` values are shown.
    ///
    /// Values are scaled to `range`, or to their own minimum and maximum when it is `nil`; if all
    /// values are equal they sit at mid height. NaN and infinite values show as spaces.
    public static func text(_ values: [Double], range: ClosedRange<Double>? = nil, width: Int? = nil) -> String {
        var shown = values[...]
        if let width { shown = shown.suffix(max(0, width)) }
        let finite = shown.filter(\.isFinite)
        guard let low = range?.lowerBound ?? finite.min(), let high = range?.upperBound ?? finite.max() else {
            return String(repeating: " ", count: shown.count)
        }
        let span = high - low
        return String(shown.map { value -> Character in
            guard value.isFinite else { return " " }
            guard span > 0 else { return levels[3] }
            let scaled = (min(high, max(low, value)) - low) / span
            return levels[Int((scaled * Double(levels.count - 1)).rounded())]
        })
    }

    /// Draws the sparkline at (`x`, `y`) and returns the columns written.
    @discardableResult
    public static func draw(_ values: [Double], into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, range: ClosedRange<Double>? = nil, style: Style = Style(.accent)) -> Int {
        buffer.put(text(values, range: range, width: width), x: x, y: y, style: style, maxWidth: width)
    }
}
