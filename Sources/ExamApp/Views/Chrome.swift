import Foundation
import ExamEngine
import TerminalUI

/// A run of text in one style, the unit views assemble lines from.
public struct Span: Sendable, Equatable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// One line of a scrollable body.
public typealias Line = [Span]

/// Layout helpers shared by every screen: header, footer, scrolled bodies, overlays.
enum Chrome {
    /// The top bar: a title on the left, status on the right.
    static func header(_ buffer: inout ScreenBuffer, left: String, right: [Span] = []) {
        let width = buffer.width
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: Style(.header))
        let rightWidth = right.reduce(0) { $0 + TextWidth.columns(of: $1.text) }
        let leftText = TextWidth.truncate(" " + left, to: max(0, width - rightWidth - 2))
        buffer.put(leftText, x: 0, y: 0, style: Style(.header).bolded, maxWidth: width)
        var x = max(0, width - rightWidth - 1)
        for span in right {
            var style = span.style
            if style.role == .normal { style = Style(.header) }
            x += buffer.put(span.text, x: x, y: 0, style: style, maxWidth: width - x)
        }
    }

    /// The bottom line: a status message if one is showing, else the key hints.
    static func footer(_ buffer: inout ScreenBuffer, state: AppState, hints: String) {
        let y = buffer.height - 1
        buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), style: Style(.footer))
        if let message = state.message {
            let style = message.isError ? Style(.error).bolded : Style(.warning).bolded
            buffer.put(TextWidth.truncate(" " + (message.isError ? "✗ " : "• ") + message.text, to: buffer.width), x: 0, y: y, style: style)
        } else {
            buffer.put(TextWidth.truncate(" " + hints, to: buffer.width), x: 0, y: y, style: Style(.footer))
        }
    }

    /// Wraps `text` to `width` as lines in one style, with an indent on every line.
    static func paragraph(_ text: String, width: Int, style: Style = .normal, indent: Int = 0) -> [Line] {
        let pad = String(repeating: " ", count: indent)
        return TextWrap.wrap(TextSanitizer.clean(text), width: max(1, width - indent)).map { [Span(pad + $0, style)] }
    }

    /// Draws `lines` into `rect` starting at line `scroll` (clamped); returns the clamped scroll.
    @discardableResult
    static func draw(_ lines: [Line], into buffer: inout ScreenBuffer, in rect: Rect, scroll: Int = 0) -> Int {
        draw(count: lines.count, into: &buffer, in: rect, scroll: scroll) { lines[$0] }
    }

    /// Draws lines `0..<count` into `rect` from line `scroll` (clamped), asking `line` only for those on screen.
    ///
    /// A long body (hundreds of topic rows) then costs only the rows that fit, on every frame.
    @discardableResult
    static func draw(count: Int, into buffer: inout ScreenBuffer, in rect: Rect, scroll: Int = 0, line: (Int) -> Line) -> Int {
        let maxScroll = max(0, count - rect.height)
        let offset = min(max(0, scroll), maxScroll)
        for row in 0..<max(0, min(rect.height, count - offset)) {
            var x = rect.x
            for span in line(offset + row) where x < rect.maxX {
                x += buffer.put(span.text, x: x, y: rect.y + row, style: span.style, maxWidth: rect.maxX - x)
            }
        }
        if maxScroll > 0, rect.width > 8 {
            if offset > 0 { buffer.put("▲ more", x: rect.maxX - 6, y: rect.y, style: Style(.dim)) }
            if offset < maxScroll { buffer.put("▼ more", x: rect.maxX - 6, y: rect.maxY - 1, style: Style(.dim)) }
        }
        return offset
    }

    /// A framed panel centred on the screen, cleared inside; returns the inner area.
    static func panel(_ buffer: inout ScreenBuffer, width: Int, height: Int, title: String) -> Rect {
        let w = min(width, buffer.width - 2), h = min(height, buffer.height - 2)
        let frame = buffer.bounds.centered(width: w, height: h)
        buffer.fill(frame, style: .normal)
        buffer.drawBox(frame, title: " \(title) ", style: Style(.border), titleStyle: Style(.title).bolded)
        return frame.inset(dx: 2, dy: 1)
    }

    /// "1:05:09" or "12:04" for a number of seconds.
    static func clock(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        let h = total / 3600, m = (total % 3600) / 60, s = total % 60
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }

    /// "1 h 05 min", "12 min", "45 s" for durations in sentences.
    static func duration(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded()))
        if total < 60 { return "\(total) s" }
        let h = total / 3600, m = (total % 3600) / 60
        return h > 0 ? String(format: "%d h %02d min", h, m) : "\(m) min"
    }

    static func percent(_ value: Double) -> String {
        "\(Int(value.rounded()))%"
    }

    /// "2026-03-03 14:05" for history, from seconds since 1970, in the state's time zone.
    ///
    /// Worked out by arithmetic (proleptic Gregorian calendar, the zone's offset at that instant):
    /// the text a "yyyy-MM-dd HH:mm" DateFormatter gives, without building one per row drawn.
    static func date(_ seconds: Double, _ timeZone: TimeZone) -> String {
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))
        let local = Int((seconds + Double(offset)).rounded(.down))
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let minutes = (local - days * 86_400) / 60
        let (year, month, day) = CivilDate.fromDays(days)
        return String(format: "%04d-%02d-%02d %02d:%02d", year, month, day, minutes / 60, minutes % 60)
    }
}
