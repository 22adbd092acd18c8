/// A key press, decoded by the backend into something screens can match on.
public enum Key: Sendable, Hashable {
    /// A printable character, including space.
    case char(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, backspace, delete
    case tab, backTab
    /// F1 is `.function(1)`.
    case function(Int)
    /// A control letter, stored in lower case: Ctrl-N is `.ctrl("n")`.
    case ctrl(Character)

    /// How the key is written in footers and help: "←", "Enter", "Esc", "PgUp", "Ctrl-C", "a".
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-" + c.uppercased()
        }
    }
}

/// Something the run loop reacts to.
public enum Event: Sendable, Equatable {
    case key(Key)
    /// The terminal changed size; the new size is in columns and rows.
    case resize(width: Int, height: Int)
    /// The read timed out with no input: a chance to update clocks and check signals.
    case tick
}
