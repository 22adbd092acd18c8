/// Row comparison between two frames, for backends that send only what changed.
extension ScreenBuffer {
    /// The first and last of the first `width` columns of row `y` that differ from `previous`, or nil when they are equal.
    ///
    /// Compares whole cells (text and style) with the cells in memory, without going through the
    /// bounds-checked subscript; a frame with nothing new on a row costs one pass over it.
    /// `width` is clipped to both buffers, and a row outside either buffer gives nil.
    public func changedColumns(inRow y: Int, comparedTo previous: ScreenBuffer, width: Int? = nil) -> ClosedRange<Int>? {
        let columns = min(width ?? self.width, self.width, previous.width)
        guard columns > 0, y >= 0, y < height, y < previous.height else { return nil }
        return cells.withUnsafeBufferPointer { new in
            previous.cells.withUnsafeBufferPointer { old in
                let newRow = new.baseAddress! + y * self.width
                let oldRow = old.baseAddress! + y * previous.width
                var first = 0
                while first < columns, newRow[first] == oldRow[first] { first += 1 }
                guard first < columns else { return nil }
                var last = columns - 1
                while last > first, newRow[last] == oldRow[last] { last -= 1 }
                return first...last
            }
        }
    }

    /// The cells of row `y` (empty outside the buffer), to read a row without a subscript call per cell.
    public func cells(inRow y: Int) -> ArraySlice<Cell> {
        guard y >= 0, y < height else { return [] }
        return cells[(y * width)..<((y + 1) * width)]
    }
}
