/// Text as Unicode scalars, for parsers that search for single punctuation characters.
///
/// Searching scalars rather than `Character`s finds a `{` even when a combining mark follows
/// it, and treats `\r\n` as two characters, the way the byte-oriented parsers these
/// importers follow do.
typealias ScalarText = [Unicode.Scalar]

extension Array where Element == Unicode.Scalar {
    init(text: some StringProtocol) {
        self = Array(text.unicodeScalars)
    }

    var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self)
        return String(view)
    }

    /// The offset of the first occurrence of `needle` at or after `start`.
    func find(_ needle: String, from start: Int = 0) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, count >= pattern.count, start <= count - pattern.count else { return nil }
        for offset in start...(count - pattern.count) where self[offset] == pattern[0] {
            if self[offset..<(offset + pattern.count)].elementsEqual(pattern) { return offset }
        }
        return nil
    }

    /// The offset of the last occurrence of `needle`.
    func findLast(_ needle: String) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, count >= pattern.count else { return nil }
        for offset in stride(from: count - pattern.count, through: 0, by: -1) where self[offset] == pattern[0] {
            if self[offset..<(offset + pattern.count)].elementsEqual(pattern) { return offset }
        }
        return nil
    }

    func has(_ needle: String) -> Bool {
        find(needle) != nil
    }

    func hasPrefix(_ prefix: String) -> Bool {
        let pattern = Array(prefix.unicodeScalars)
        return count >= pattern.count && self[0..<pattern.count].elementsEqual(pattern)
    }

    /// The scalars from `start` to the end (empty when `start` is past the end).
    func tail(from start: Int) -> ScalarText {
        start >= count ? [] : Array(self[start...])
    }

    /// Without leading and trailing spaces, tabs, line breaks, NUL and vertical tabs.
    func trimmed() -> ScalarText {
        let space: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\0", "\u{0B}"]
        guard let first = firstIndex(where: { !space.contains($0) }),
              let last = lastIndex(where: { !space.contains($0) }) else { return [] }
        return Array(self[first...last])
    }

    /// Every occurrence of `target` replaced by `replacement`, scanning left to right.
    func replacing(_ target: String, with replacement: String) -> ScalarText {
        let pattern = Array(target.unicodeScalars), with = Array(replacement.unicodeScalars)
        guard !pattern.isEmpty else { return self }
        var out: ScalarText = []
        out.reserveCapacity(count)
        var offset = 0
        while offset < count {
            if self[offset] == pattern[0], offset + pattern.count <= count,
               self[offset..<(offset + pattern.count)].elementsEqual(pattern) {
                out += with
                offset += pattern.count
            } else {
                out.append(self[offset])
                offset += 1
            }
        }
        return out
    }

    /// Pieces between separators, at most `limit` of them (the last holds the rest).
    func explode(_ separator: Unicode.Scalar, limit: Int = .max) -> [ScalarText] {
        var pieces: [ScalarText] = []
        var current: ScalarText = []
        for scalar in self {
            if scalar == separator, pieces.count < limit - 1 {
                pieces.append(current)
                current = []
            } else {
                current.append(scalar)
            }
        }
        pieces.append(current)
        return pieces
    }
}
