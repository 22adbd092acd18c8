import ExamEngine
import QuestionBank
import TerminalUI

/// The exam setup form: blueprint or custom, and the custom exam's settings.
enum SetupView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        Chrome.header(&buffer, left: state.setup.mode == .exam ? "New timed exam" : "New practice (tutor mode)")
        let body = Rect(x: 2, y: 2, width: buffer.width - 4, height: buffer.height - 4)
        let setup = state.setup
        var lines: [(SetupState.Field?, Line)] = []
        func field(_ f: SetupState.Field, _ label: String, _ value: String) {
            let focused = setup.field == f
            let style = focused ? Style(.selected).bolded : .normal
            lines.append((f, [Span((focused ? "▸ " : "  ") + TextWidth.pad(label, to: 12), style), Span("◂ \(value) ▸", style)]))
        }
        let kindName = state.setupIsCustom ? "Custom exam" : state.bank.blueprints[setup.choice].name
        field(.kind, "Exam", kindName)
        if !state.setupIsCustom {
            let blueprint = state.bank.blueprints[setup.choice]
            let time = blueprint.minutes > 0 ? "\(blueprint.minutes) minutes" : "untimed"
            lines.append((nil, [Span("              \(blueprint.questionCount) questions · \(time) · pass \(Chrome.percent(blueprint.passPercent))" + (blueprint.passMarkAssumed ? " (assumed)" : ""), Style(.dim))]))
            for part in TextWrap.wrap(blueprint.description, width: max(10, body.width - 14)).prefix(4) {
                lines.append((nil, [Span("              " + part, Style(.dim))]))
            }
        } else {
            field(.count, "Questions", "\(setup.count)")
            field(.minutes, "Minutes", setup.mode == .tutor ? "untimed in tutor mode" : setup.minutes == 0 ? "untimed" : "\(setup.minutes)")
            let domainFocused = setup.field == .domains
            lines.append((.domains, [Span((domainFocused ? "▸ " : "  ") + TextWidth.pad("Domains", to: 12), domainFocused ? Style(.selected).bolded : .normal),
                                     Span(setup.domains.isEmpty ? "all (tick to choose)" : "\(setup.domains.count) chosen", Style(.dim))]))
            for (i, domain) in state.setupDomains.enumerated() {
                let ticked = setup.domains.contains(domain.id)
                let cursor = domainFocused && i == setup.domainCursor
                let count = state.bank.questionCount(domain: domain.id)
                lines.append((nil, [Span("              " + (ticked ? "[✓] " : "[ ] ") + "\(domain.name) (\(count))", cursor ? Style(.selected).reversed : .normal)]))
            }
            let levels = setup.difficulties.isEmpty ? "all" : setup.difficulties.sorted().map(String.init).joined(separator: "+")
            field(.difficulty, "Difficulty", levels)
        }
        field(.mode, "Mode", setup.mode == .exam ? "timed exam (answers shown after submit)" : "tutor (answer shown after each question)")
        let startFocused = setup.field == .start
        lines.append((nil, []))
        lines.append((.start, [Span(startFocused ? "▸ [ Start ]" : "  [ Start ]", startFocused ? Style(.selected).bolded : Style(.bold)),
                               Span("   Enter starts from any field", Style(.dim))]))
        let focusLine = lines.firstIndex { $0.0 == setup.field && (setup.field != .domains) } ??
            (lines.firstIndex { $0.0 == .domains }.map { $0 + 1 + setup.domainCursor } ?? 0)
        let scroll = max(0, focusLine - body.height + 2)
        Chrome.draw(lines.map(\.1), into: &buffer, in: body, scroll: scroll)
    }
}
