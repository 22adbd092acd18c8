/// A one-row horizontal bar showing a fraction, with eighth-cell precision.
///
/// An optional interval (for example a confidence range for a readiness estimate) is marked
/// with "[" at its lower bound and "]" at its upper bound, drawn over the bar.
public struct ProgressBar: Sendable, Equatable {
    /// Partial blocks for 1/8 … 7/8 of a cell.
    public static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    public static let fullBlock: Character = "█"

    /// The filled share, clamped to 0…1 when drawn; NaN counts as 0.
    public var fraction: Double
    /// Lower and upper bounds to mark, as fractions of the bar.
    public var interval: ClosedRange<Double>?
    public var filledStyle: Style
    public var emptyStyle: Style
    public var markerStyle: Style
    /// What the unfilled part is drawn with; a visible track keeps the bar's length readable without colour.
    public var emptyCharacter: Character

    public init(
        fraction: Double,
        interval: ClosedRange<Double>? = nil,
        filledStyle: Style = Style(.barFilled),
        emptyStyle: Style = Style(.barEmpty),
        markerStyle: Style = Style(.accent),
        emptyCharacter: Character = "░"
    ) {
        self.fraction = fraction
        self.interval = interval
        self.filledStyle = filledStyle
        self.emptyStyle = emptyStyle
        self.markerStyle = markerStyle
        self.emptyCharacter = emptyCharacter
    }

    /// The bar as text, exactly `width` columns (empty when `width` < 1).
    public func text(width: Int) -> String {
        String(cells(width: width).map(\.character))
    }

    /// Draws the bar at (`x`, `y`), `width` columns wide.
    public func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int) {
        for (offset, cell) in cells(width: width).enumerated() {
            buffer.put(String(cell.character), x: x + offset, y: y, style: cell.style, maxWidth: 1)
        }
    }

    /// One character and style per column.
    func cells(width: Int) -> [(character: Character, style: Style)] {
        guard width > 0 else { return [] }
        let eighthsFilled = Int((ProgressBar.clamp(fraction) * Double(width) * 8).rounded())
        let full = eighthsFilled / 8, partial = eighthsFilled % 8
        var result: [(character: Character, style: Style)] = []
        result.reserveCapacity(width)
        for column in 0..<width {
            if column < full {
                result.append((ProgressBar.fullBlock, filledStyle))
            } else if column == full, partial > 0 {
                result.append((ProgressBar.eighths[partial - 1], filledStyle))
            } else {
                result.append((emptyCharacter, emptyStyle))
            }
        }
        if let interval {
            let (low, high) = ProgressBar.markerColumns(interval, width: width)
            if low == high {
                result[low] = ("|", markerStyle)
            } else {
                result[low] = ("[", markerStyle)
                result[high] = ("]", markerStyle)
            }
        }
        return result
    }

    /// The columns of the lower and upper marks: the cells the bounds fall in.
    static func markerColumns(_ interval: ClosedRange<Double>, width: Int) -> (Int, Int) {
        let last = width - 1
        let low = min(last, max(0, Int((clamp(interval.lowerBound) * Double(width)).rounded(.down))))
        let high = min(last, max(0, Int((clamp(interval.upperBound) * Double(width)).rounded(.up)) - 1))
        return (low, max(low, high))
    }

    static func clamp(_ value: Double) -> Double {
        guard !value.isNaN else { return 0 }
        return min(1, max(0, value))
    }
}
