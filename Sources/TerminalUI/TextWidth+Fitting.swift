/// How text is placed inside a field wider than itself.
public enum TextAlignment: Sendable, Hashable {
    case left
    case right
    case center
}

extension TextWidth {
    /// The longest leading part of `text` that fits in `columns`, and the columns it uses.
    ///
    /// Never splits a grapheme cluster; a wide character that would straddle the limit is left out.
    public static func prefix(of text: String, fitting columns: Int) -> (text: Substring, columns: Int) {
        if let count = printableASCIICount(text) {
            // One byte per column: cut by position instead of walking grapheme clusters.
            let kept = min(count, max(0, columns))
            let end = text.utf8.index(text.startIndex, offsetBy: kept)
            return (text[..<end], kept)
        }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = self.columns(of: text[index])
            if used + w > columns { break }
            used += w
            end = text.index(after: index)
        }
        return (text[text.startIndex..<end], used)
    }

    /// `text` cut to `width` columns, ending in `ellipsis` when something was cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if columns(of: text) <= width { return text }
        let ellipsisWidth = columns(of: ellipsis)
        guard ellipsisWidth <= width else { return String(prefix(of: text, fitting: width).text) }
        let kept = prefix(of: text, fitting: width - ellipsisWidth).text
        return String(kept) + ellipsis
    }

    /// `text` truncated with "…" if needed, then padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(text, to: width)
        let gap = width - columns(of: fitted)
        guard gap > 0 else { return fitted }
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + fitted
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: gap - left)
        }
    }
}
