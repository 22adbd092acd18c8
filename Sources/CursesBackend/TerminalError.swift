/// Why the full-screen interface cannot start, with a one-line message for the user.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `stream` is "standard input" or "standard output".
    case notATerminal(stream: String)
    case termNotSet
    case dumbTerminal
    case unknownTerminal(term: String)
    case cannotAddressCursor(term: String)
    case initializationFailed(term: String)

    /// The message to print before exiting non-zero.
    public var message: String {
        switch self {
        case .notATerminal(let stream):
            return "mmprep: \(stream) is not a terminal; the full-screen app needs an interactive terminal"
        case .termNotSet:
            return "mmprep: TERM is not set; set it to your terminal type, such as TERM=xterm-256color"
        case .dumbTerminal:
            return "mmprep: TERM=dumb cannot run the full-screen app; use a terminal such as xterm-256color"
        case .unknownTerminal(let term):
            return "mmprep: TERM=\(term) has no terminfo entry; use a terminal type such as xterm-256color"
        case .cannotAddressCursor(let term):
            return "mmprep: TERM=\(term) cannot move the cursor, so the full-screen app cannot run; use a terminal such as xterm-256color"
        case .initializationFailed(let term):
            return "mmprep: could not start the full-screen interface for TERM=\(term)"
        }
    }

    public var description: String { message }
}
