import ExamEngine
import LearningModel
import TerminalUI

/// The dashboard: resume banner, menu, readiness per domain, weakest topics, last attempts.
enum HomeView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        let answered = state.home.answerCount
        Chrome.header(&buffer, left: "mmprep · medical office management exam practice",
                      right: [Span("\(state.bank.questionCount) questions · \(answered) answered")])
        var top = 2
        if let attempt = state.home.resumable.first {
            let left = attempt.remaining.map { " · \(Chrome.clock($0)) left" } ?? ""
            let text = "▶ Interrupted: \(attempt.title), \(attempt.answeredCount)/\(attempt.questionCount) answered\(left). Press r to resume."
            buffer.fill(Rect(x: 0, y: 1, width: buffer.width, height: 1), style: Style(.warning).reversed)
            buffer.put(TextWidth.truncate(" " + text, to: buffer.width), x: 0, y: 1, style: Style(.warning).reversed.bolded)
            top = 3
        }
        let menuWidth = 30
        // Two lines at the bottom: the exam-date plan and the main blueprint's readiness.
        let planY = buffer.height - 4
        drawPlan(&buffer, state: state, y: planY)
        let area = Rect(x: 1, y: top, width: buffer.width - 2, height: max(0, planY - 1 - top))
        let (menuRect, rest) = area.splitLeft(menuWidth)
        drawMenu(&buffer, state: state, in: menuRect)
        drawReadiness(&buffer, state: state, in: rest.inset(left: 2))
    }

    static func drawPlan(_ buffer: inout ScreenBuffer, state: AppState, y: Int) {
        buffer.hline(x: 0, y: y - 1, length: buffer.width)
        var x = 1
        for span in GoalLine.line(state) { x += buffer.put(span.text, x: x, y: y, style: span.style, maxWidth: buffer.width - 1 - x) }
        guard state.home.answerCount > 0, let first = state.home.readiness.first else { return }
        let name = state.bank.blueprint(first.blueprintID)?.name ?? first.blueprintID
        let text = String(format: "%@: predicted %.0f%% · pass chance %.0f%%", name, first.predictedPercent, first.passProbability * 100)
        let fitted = TextWidth.truncate(text, to: max(0, buffer.width - 2))
        let style = first.passProbability >= 0.8 ? Style(.correct) : first.passProbability >= 0.5 ? Style(.warning) : Style(.incorrect)
        buffer.put(fitted, x: 1, y: y + 1, style: style)
    }

    static func drawMenu(_ buffer: inout ScreenBuffer, state: AppState, in rect: Rect) {
        buffer.put("Menu", x: rect.x, y: rect.y, style: Style(.bold))
        for (index, item) in HomeMenu.items.enumerated() where rect.y + 1 + index < rect.maxY {
            let selected = index == state.menuIndex
            let text = (selected ? "▸ " : "  ") + item.rawValue
            if selected { buffer.fill(Rect(x: rect.x, y: rect.y + 1 + index, width: rect.width - 1, height: 1), style: Style(.selected)) }
            buffer.put(text, x: rect.x, y: rect.y + 1 + index, style: selected ? Style(.selected).bolded : .normal, maxWidth: rect.width - 1)
        }
    }

    static func drawReadiness(_ buffer: inout ScreenBuffer, state: AppState, in rect: Rect) {
        var y = rect.y
        buffer.put("Readiness by domain", x: rect.x, y: y, style: Style(.bold))
        y += 1
        let mastery = state.home.domainMastery
        if state.home.answerCount == 0 || mastery.isEmpty {
            for line in TextWrap.wrap("No answers yet. Take a quick practice or drill a topic: estimates appear here as you answer.", width: rect.width) where y < rect.maxY {
                buffer.put(line, x: rect.x, y: y, style: Style(.dim))
                y += 1
            }
        } else {
            let recentRows = min(state.home.recent.count, 3)
            let weakRows = min(state.weakestTopics().count, 3)
            let room = max(1, rect.maxY - y - (weakRows > 0 ? weakRows + 2 : 0) - (recentRows > 0 ? recentRows + 2 : 0))
            let rows = mastery.prefix(room).map { estimate in
                BarChart.Row(label: state.bank.domainName(estimate.key), fraction: estimate.mean,
                             value: estimate.answers == 0 ? "  –" : "\(Chrome.percent(estimate.mean * 100)) (\(estimate.answers))",
                             interval: estimate.answers == 0 ? nil : estimate.lower...estimate.upper,
                             barStyle: estimate.answers == 0 ? Style(.dim) : estimate.mean >= 0.7 ? Style(.correct) : Style(.warning))
            }
            y += BarChart(rows: Array(rows), labelWidth: min(22, rect.width / 3)).draw(into: &buffer, in: Rect(x: rect.x, y: y, width: rect.width, height: rows.count))
            let weakest = state.weakestTopics()
            if !weakest.isEmpty, y + 2 < rect.maxY {
                y += 1
                buffer.put("Weakest topics (press 1–3 to drill)", x: rect.x, y: y, style: Style(.bold))
                y += 1
                for (rank, topic) in weakest.enumerated() where y < rect.maxY {
                    let text = "\(rank + 1) \(topic.estimate.key) · \(Chrome.percent(topic.estimate.mean * 100))"
                    buffer.put(TextWidth.truncate(text, to: rect.width), x: rect.x, y: y)
                    y += 1
                }
            }
        }
        let recent = state.home.recent.filter { $0.status == .submitted }
        if !recent.isEmpty, y + 2 < rect.maxY {
            y += 1
            buffer.put("Last attempts", x: rect.x, y: y, style: Style(.bold))
            y += 1
            for attempt in recent.prefix(rect.maxY - y) {
                let mark = attempt.mode == .exam ? (attempt.passed == true ? "✓" : "✗") : "·"
                let score = attempt.scorePercent.map(Chrome.percent) ?? "–"
                let text = "\(mark) \(Chrome.date(attempt.submittedAt ?? attempt.updatedAt, state.timeZone))  \(score)  \(attempt.title)"
                buffer.put(TextWidth.truncate(text, to: rect.width), x: rect.x, y: y)
                y += 1
            }
        }
    }
}
