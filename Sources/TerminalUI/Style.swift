/// A semantic role for a run of text; the backend decides what colour or attribute it gets.
///
/// Screens say *what* something is (a key hint, a wrong answer) and never pick colour numbers,
/// so a monochrome terminal or `NO_COLOR` can still show every status through bold, reverse
/// and underline.
public enum StyleRole: Sendable, Hashable, CaseIterable {
    case normal
    case dim
    case bold
    case title
    case header
    case footer
    case accent
    /// Key hints such as "Enter" or "q" in footers and help.
    case key
    /// The highlighted row of a list or table.
    case selected
    case correct
    case incorrect
    case warning
    case flagged
    /// A choice the candidate has struck out.
    case struck
    case barFilled
    case barEmpty
    case border
    case error
}

/// How one cell is drawn: a role plus optional attribute overrides.
public struct Style: Sendable, Hashable {
    public var role: StyleRole
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    /// Creates a style for `role` with optional extra attributes.
    public init(role: StyleRole = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    /// Creates a style for `role` with no extra attributes.
    public init(_ role: StyleRole) {
        self.init(role: role)
    }

    /// The default style: normal role, no attributes.
    public static let normal = Style(.normal)

    /// A copy with bold switched on.
    public var bolded: Style {
        var copy = self
        copy.bold = true
        return copy
    }

    /// A copy with underline switched on.
    public var underlined: Style {
        var copy = self
        copy.underline = true
        return copy
    }

    /// A copy with reverse video switched on.
    public var reversed: Style {
        var copy = self
        copy.reverse = true
        return copy
    }
}
