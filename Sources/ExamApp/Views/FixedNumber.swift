import Foundation

/// Fixed-width numbers for table columns, as printf's "%5d" and "%4.0f" write them.
///
/// The stats screen formats several numbers per visible row on every key press; Foundation's
/// `String(format:)` costs microseconds per call, most of the screen's drawing time. These give
/// the same text: whole numbers round half to even like printf, "-0" keeps its sign, and
/// anything unusual (NaN, infinities, huge values) is still handed to `String(format:)`.
enum FixedNumber {
    /// `value` right-aligned in `width` columns, like "%<width>d".
    static func integer(_ value: Int, width: Int) -> String {
        padded(String(value), to: width)
    }

    /// `value` rounded to a whole number and right-aligned in `width` columns, like "%<width>.0f".
    static func whole(_ value: Double, width: Int) -> String {
        let rounded = value.rounded(.toNearestOrEven)
        guard rounded.isFinite, abs(rounded) < 1e15 else { return String(format: "%\(width).0f", value) }
        let digits = rounded == 0 && value.sign == .minus ? "-0" : String(Int(rounded))
        return padded(digits, to: width)
    }

    private static func padded(_ digits: String, to width: Int) -> String {
        let gap = width - digits.utf8.count
        return gap > 0 ? String(repeating: " ", count: gap) + digits : digits
    }
}
