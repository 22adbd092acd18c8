/// A position in a bank file, 1-based, used in every diagnostic.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A problem found while loading or validating banks.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        // Always one line: a message may quote text from the file, line breaks included.
        self.message = message.contains(where: \.isNewline) ? Self.oneLine(message) : message
    }

    public static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, location, message)
    }

    public static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, location, message)
    }

    /// `file:line:column: message`, with `warning: ` before the message of a warning.
    public var description: String {
        switch severity {
        case .error: "\(location): \(message)"
        case .warning: "\(location): warning: \(message)"
        }
    }
}
