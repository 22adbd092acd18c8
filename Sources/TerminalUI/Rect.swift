/// A rectangle of terminal cells; `x`/`y` is the top-left corner.
public struct Rect: Sendable, Equatable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// Creates a rectangle; negative sizes are clamped to zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A rectangle at the origin covering a screen of the given size.
    public init(width: Int, height: Int) {
        self.init(x: 0, y: 0, width: width, height: height)
    }

    public var description: String { "Rect(x: \(x), y: \(y), width: \(width), height: \(height))" }

    /// One past the rightmost column.
    public var maxX: Int { x + width }
    /// One past the bottom row.
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// True when the cell at (`px`, `py`) lies inside.
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// Shrinks every side by `amount` (use 1 for the inside of a box).
    public func inset(by amount: Int) -> Rect {
        inset(dx: amount, dy: amount)
    }

    /// Shrinks left and right by `dx`, top and bottom by `dy`.
    public func inset(dx: Int, dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// Shrinks each side by its own amount.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// The overlap of two rectangles (empty when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Splits off the top `rows` rows (clamped to the height).
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let h = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: h),
                Rect(x: x, y: y + h, width: width, height: height - h))
    }

    /// Splits off the bottom `rows` rows (clamped to the height).
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let h = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - h),
                Rect(x: x, y: maxY - h, width: width, height: h))
    }

    /// Splits off the left `columns` columns (clamped to the width).
    public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
        let w = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: w, height: height),
                Rect(x: x + w, y: y, width: width - w, height: height))
    }

    /// Splits off the right `columns` columns (clamped to the width).
    public func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
        let w = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: width - w, height: height),
                Rect(x: maxX - w, y: y, width: w, height: height))
    }

    /// Cuts the rectangle into stacked rows of the given heights; `nil` heights share what is left.
    ///
    /// Fixed heights are honoured first (clamped to the space left); the remainder is divided
    /// evenly among the `nil` entries, earlier ones getting the extra row.
    public func rows(_ heights: [Int?]) -> [Rect] {
        let sizes = Rect.distribute(heights, total: height)
        var top = y
        return sizes.map { h in
            defer { top += h }
            return Rect(x: x, y: top, width: width, height: h)
        }
    }

    /// Cuts the rectangle into side-by-side columns of the given widths; `nil` widths share what is left.
    public func columns(_ widths: [Int?], spacing: Int = 0) -> [Rect] {
        let gaps = max(0, widths.count - 1) * max(0, spacing)
        let sizes = Rect.distribute(widths, total: max(0, width - gaps))
        var left = x
        return sizes.map { w in
            defer { left += w + spacing }
            return Rect(x: left, y: y, width: w, height: height)
        }
    }

    /// A rectangle of at most the given size centred inside this one (for dialogs).
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(w, width), ch = min(h, height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }

    private static func distribute(_ sizes: [Int?], total: Int) -> [Int] {
        var remaining = total
        var result = sizes.map { size -> Int in
            guard let size else { return 0 }
            let taken = min(max(0, size), remaining)
            remaining -= taken
            return taken
        }
        let flexible = sizes.indices.filter { sizes[$0] == nil }
        guard !flexible.isEmpty else { return result }
        let share = remaining / flexible.count
        var extra = remaining % flexible.count
        for index in flexible {
            result[index] = share + (extra > 0 ? 1 : 0)
            extra -= 1
        }
        return result
    }
}
