extension Diagnostic {
    /// `text` on one line: CR and LF written as `\r` and `\n`, other line breaks as spaces.
    ///
    /// Quoted file text (an id or a header that spans lines in the file) would otherwise split
    /// one diagnostic over several lines of output and break `file:line:column: message`.
    static func oneLine(_ text: String) -> String {
        var line = ""
        for character in text {
            switch character {
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            case "\r\n": line += "\\r\\n"
            default: line.append(character.isNewline ? " " : character)
            }
        }
        return line
    }
}
