import ExamEngine
import TerminalUI

/// The question navigator: every question with its status, filterable, to jump to any.
enum NavigatorView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        guard let active = state.exam else { return }
        let session = active.session
        let indices = state.navigatorIndices()
        let columns = state.navigatorColumns
        let rows = (indices.count + columns - 1) / columns
        let inner = Chrome.panel(&buffer, width: columns * 12 + 6, height: min(buffer.height - 2, rows + 7), title: "Navigator")
        let filter = active.navigator.filter
        let counts = "\(session.answeredCount) answered · \(session.unansweredIndices.count) unanswered · \(session.flaggedIndices.count) flagged"
        buffer.put(TextWidth.truncate(counts, to: inner.width), x: inner.x, y: inner.y, style: Style(.dim))
        let tabs = NavigatorFilter.allCases.map { $0 == filter ? "[\($0.rawValue)]" : " \($0.rawValue) " }.joined(separator: " ")
        buffer.put("Show: " + tabs, x: inner.x, y: inner.y + 1, maxWidth: inner.width)
        let grid = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: max(0, inner.height - 4))
        if indices.isEmpty {
            buffer.put(filter == .flagged ? "No flagged questions." : "Every question is answered.", x: grid.x, y: grid.y, style: Style(.dim))
        }
        let selectedRow = (indices.firstIndex(of: active.navigator.selected) ?? 0) / columns
        let firstRow = Viewport.scrollOffset(selected: selectedRow, offset: 0, visibleRows: grid.height, count: rows)
        for (n, index) in indices.enumerated() {
            let row = n / columns - firstRow, column = n % columns
            guard row >= 0, row < grid.height else { continue }
            let response = session.responses[index]
            let status = response.isAnswered ? "✓" : response.visited ? "○" : "·"
            let flag = response.flagged ? "⚑" : " "
            let current = index == session.current ? "▸" : " "
            let text = "\(current)\(FixedNumber.integer(index + 1, width: 3)) \(status)\(flag)"
            var style: Style = response.isAnswered ? .normal : Style(.warning)
            if response.flagged { style = Style(.flagged) }
            if index == active.navigator.selected { style = Style(.selected).reversed }
            buffer.put(text, x: grid.x + column * 12, y: grid.y + row, style: style)
        }
        buffer.put("✓ answered  ○ seen, unanswered  · not seen  ⚑ flagged  ▸ current", x: inner.x, y: inner.maxY - 1,
                   style: Style(.dim), maxWidth: inner.width)
    }
}

/// The confirmation before submitting, naming what is still open.
enum SubmitView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        guard let session = state.exam?.session else { return }
        let tutor = session.spec.mode == .tutor
        let inner = Chrome.panel(&buffer, width: 60, height: 10, title: tutor ? "Finish" : "Submit the exam?")
        let unanswered = session.unansweredIndices.count, flagged = session.flaggedIndices.count
        var lines: [Line] = [
            [Span("\(session.answeredCount) of \(session.count) questions answered.", Style(.bold))],
            [Span(unanswered == 0 ? "✓ No question is unanswered." : "○ \(unanswered) unanswered (they count as wrong).",
                  unanswered == 0 ? Style(.correct) : Style(.warning).bolded)],
            [Span(flagged == 0 ? "  No question is flagged." : "⚑ \(flagged) flagged for review.", flagged == 0 ? .normal : Style(.flagged))],
        ]
        if let remaining = session.remaining(at: state.now) {
            lines.append([Span("⏱ \(Chrome.clock(remaining)) left.")])
        }
        lines.append([])
        lines.append([Span("y", Style(.key).bolded), Span(tutor ? " finish   " : " submit   "), Span("n", Style(.key).bolded),
                      Span(" keep working   "), Span("g", Style(.key).bolded), Span(" navigator")])
        Chrome.draw(lines, into: &buffer, in: inner)
    }
}

/// Help drawn from the keymap of the screen underneath, so it always matches the keys.
enum HelpView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        var under = state
        under.overlay = nil
        let context = under.keyContext
        let bindings = Keymap.bindings(context).filter { $0.action != .help }
        let panelWidth = min(buffer.width - 2, 90)
        let keyWidth = 20
        let textWidth = max(10, panelWidth - 4 - keyWidth)
        var lines: [Line] = []
        for binding in bindings {
            let keys = TextWidth.pad(TextWidth.truncate(binding.keys.map(\.displayName).joined(separator: " "), to: keyWidth - 1), to: keyWidth)
            for (n, part) in TextWrap.wrap(binding.help, width: textWidth).enumerated() {
                lines.append([Span(n == 0 ? keys : String(repeating: " ", count: keyWidth), Style(.key).bolded), Span(part)])
            }
        }
        lines.append([])
        lines.append([Span("Esc", Style(.key).bolded), Span(" close help   "), Span("Ctrl-C", Style(.key).bolded), Span(" save and quit")])
        let inner = Chrome.panel(&buffer, width: panelWidth, height: lines.count + 2, title: "Help: \(title(context))")
        Chrome.draw(lines, into: &buffer, in: inner)
    }

    static func title(_ context: KeyContext) -> String {
        switch context {
        case .home: "home"
        case .setup: "exam setup"
        case .exam: "timed exam"
        case .tutor: "tutor mode"
        case .navigator: "navigator"
        case .submitConfirm: "submit"
        case .results: "results"
        case .review: "review"
        case .drillPicker: "drill"
        case .history: "history"
        case .stats: "stats"
        case .help: "help"
        case .goal: "exam date"
        }
    }
}

/// Typing the exam date: no review is scheduled past it, and home shows the daily load.
enum GoalView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        let inner = Chrome.panel(&buffer, width: 60, height: 10, title: "Exam date")
        let lines: [Line] = [
            [Span("When is your exam? (YYYY-MM-DD)")],
            [],
            [Span("  " + state.goalInput, Style(.bold)), Span("▏", Style(.accent))],
            [],
            [Span("Every review will fall before it, and home shows", Style(.dim))],
            [Span("the questions a day needed to be ready.", Style(.dim))],
            [Span("Leave it empty to clear the date.", Style(.dim))],
        ]
        Chrome.draw(lines, into: &buffer, in: inner)
    }
}
