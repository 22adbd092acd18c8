/// Which rows of a scrollable widget ended up on screen.
public struct Viewport: Sendable, Equatable {
    /// Index of the first item shown; store it and pass it back next frame.
    public var scrollOffset: Int
    /// Indices of the items drawn.
    public var visible: Range<Int>

    public init(scrollOffset: Int, visible: Range<Int>) {
        self.scrollOffset = scrollOffset
        self.visible = visible
    }

    /// The scroll offset that keeps `selected` visible while moving as little as possible.
    ///
    /// Starts from the previous `offset`, scrolls just enough to bring the selection into view,
    /// and never leaves empty rows at the bottom when there are items above to fill them.
    public static func scrollOffset(selected: Int?, offset: Int, visibleRows: Int, count: Int) -> Int {
        guard visibleRows > 0, count > 0 else { return 0 }
        var result = min(max(0, offset), max(0, count - visibleRows))
        if let selected, selected >= 0, selected < count {
            if selected < result { result = selected }
            if selected >= result + visibleRows { result = selected - visibleRows + 1 }
        }
        return result
    }
}
