/// Makes untrusted text inert before it reaches the terminal.
///
/// Question banks are data from outside. An ESC in a question could clear the screen, move the
/// cursor or retitle the window; a C1 CSI (U+009B) does the same on terminals that honour 8-bit
/// controls; bidi overrides make text display differently from what it says. Every control is
/// replaced by a visible stand-in so an author can still see and fix it.
public enum TextSanitizer {
    /// Tab stops used when expanding tabs, in columns.
    public static let tabWidth = 4

    /// The text with every terminal-affecting character made visible or removed.
    ///
    /// - C0 controls (including newline) become Control Pictures (ESC → "␛", NUL → "␀");
    ///   split text into lines *before* cleaning it.
    /// - DEL becomes "␡"; C1 controls (U+0080–U+009F) become "�".
    /// - Tabs expand to spaces up to the next multiple of ``tabWidth`` columns.
    /// - Bidi embeddings, overrides, isolates and marks, and invisible zero-width characters
    ///   (ZWSP, word joiner, BOM, soft hyphen) are removed; ZWJ and ZWNJ stay because emoji
    ///   sequences and several scripts need them.
    /// - U+2028/U+2029 line and paragraph separators become spaces.
    public static func clean(_ text: String) -> String {
        // Fast path: printable ASCII needs nothing.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }

        var output = String.UnicodeScalarView()
        var column = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let replacement: Unicode.Scalar
            switch value {
            case 0x09:
                let spaces = tabWidth - column % tabWidth
                output.append(contentsOf: repeatElement(" ", count: spaces))
                column += spaces
                continue
            case 0x00...0x1F:
                replacement = Unicode.Scalar(0x2400 + value)!
            case 0x7F:
                replacement = "\u{2421}"
            case 0x80...0x9F:
                replacement = "\u{FFFD}"
            case 0x2028, 0x2029:
                replacement = " "
            default:
                if isRemoved(value) { continue }
                replacement = scalar
            }
            output.append(replacement)
            column += TextWidth.columns(ofScalar: replacement)
        }
        return String(output)
    }

    /// True when `text` would come out of ``clean(_:)`` unchanged.
    public static func isClean(_ text: String) -> Bool {
        clean(text) == text
    }

    private static func isRemoved(_ value: UInt32) -> Bool {
        switch value {
        case 0x00AD,            // soft hyphen: terminals disagree on whether it shows
             0x061C,            // Arabic letter mark
             0x180E,            // Mongolian vowel separator
             0x200B,            // zero-width space
             0x200E, 0x200F,    // left-to-right / right-to-left marks
             0x202A...0x202E,   // bidi embeddings and overrides
             0x2060...0x2064,   // word joiner and invisible operators
             0x2066...0x2069,   // bidi isolates
             0xFEFF,            // byte-order mark / zero-width no-break space
             0xFFF9...0xFFFB:   // interlinear annotation controls
            return true
        default:
            return false
        }
    }
}
