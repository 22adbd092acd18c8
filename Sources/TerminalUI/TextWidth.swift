/// Measures text in terminal columns, the unit the screen is laid out in.
///
/// `String.count` counts grapheme clusters, but a terminal gives CJK ideographs and most emoji
/// two columns and combining marks none: "Café — ≥ 90% 日本" is 15 characters and 17 columns.
/// This is pure Swift so layout tests do not depend on the C library's locale tables.
public enum TextWidth {
    /// The number of columns `text` occupies when printed on one line.
    public static func columns(of text: String) -> Int {
        // Printable ASCII is one column per byte; screens are mostly that, and walking grapheme
        // clusters costs far more than counting bytes.
        if let count = printableASCIICount(text) { return count }
        var total = 0
        for character in text {
            total += columns(of: character)
        }
        return total
    }

    /// The byte count of `text` when every byte is printable ASCII (one column each), else nil.
    public static func printableASCIICount(_ text: String) -> Int? {
        let utf8 = text.utf8
        let contiguous = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
            return bytes.count
        }
        if let contiguous { return contiguous }
        for byte in utf8 where byte < 0x20 || byte >= 0x7F { return nil }
        return utf8.count
    }

    /// The number of columns one grapheme cluster occupies: 0, 1 or 2.
    ///
    /// The first scalar that takes space decides the width; marks that follow it ride along.
    /// A variation selector 16 turns an emoji-capable base into a two-column emoji.
    public static func columns(of character: Character) -> Int {
        if let ascii = character.asciiValue {
            // "\r\n" is one grapheme with asciiValue 10; controls take no columns.
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        var width = 0
        var base: Unicode.Scalar?
        for scalar in character.unicodeScalars {
            guard let first = base else {
                let w = columns(ofScalar: scalar)
                if w > 0 {
                    width = w
                    base = scalar
                }
                continue
            }
            if scalar.value == 0xFE0F, width == 1, first.properties.isEmoji {
                width = 2
            } else if scalar.value == 0xFE0E, width == 2, first.properties.isEmojiPresentation {
                width = 1
            }
        }
        return width
    }

    /// The width of one scalar on its own, ignoring the cluster it belongs to.
    public static func columns(ofScalar scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value <= 0x9F) { return 0 }
        if value < 0x7F { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return isWide(value) ? 2 : 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            // Conjoining Hangul vowels and finals attach to the preceding initial.
            let value = scalar.value
            return (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value)
        }
    }

    /// East Asian Wide and Fullwidth blocks (emoji are handled by their Unicode property).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x3247,
        0x3250...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FFF, 0x17000...0x18D8F,
        0x1AFF0...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
