/// One terminal column of a screen buffer.
public struct Cell: Sendable, Equatable {
    /// One grapheme cluster, or "" for the right half of a wide character.
    public var text: String
    public var style: Style

    public init(text: String, style: Style = .normal) {
        self.text = text
        self.style = style
    }

    /// A space in the normal style; what a fresh buffer holds.
    public static let blank = Cell(text: " ", style: .normal)

    /// True for the right half of a wide character, which the terminal fills by itself.
    public var isContinuation: Bool { text.isEmpty }
}
