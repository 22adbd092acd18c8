import ExamEngine
import TerminalUI

/// The score, pass or fail, bars per domain, time, and the change since last time.
enum ResultsView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        guard let active = state.exam, let report = active.report else { return }
        let session = active.session
        let kind = session.spec.kind
        Chrome.header(&buffer, left: session.spec.title + (kind == .drill ? ": summary" : ": results"))
        let body = Rect(x: 2, y: 2, width: buffer.width - 4, height: buffer.height - 4)
        var y = body.y
        let score = "\(report.overall.correct) of \(report.overall.total) correct · \(Chrome.percent(report.overall.percent))"
        buffer.put(score, x: body.x, y: y, style: Style(.title).bolded)
        if session.spec.mode == .exam {
            let verdict = report.passed ? "✓ PASS" : "✗ NOT YET"
            let mark = "(pass mark \(Chrome.percent(report.passPercent)))"
            let x = body.x + TextWidth.columns(of: score) + 3
            if x < body.maxX {
                let style = report.passed ? Style(.correct).bolded : Style(.incorrect).bolded
                buffer.put(verdict + " " + mark, x: x, y: y, style: style, maxWidth: body.maxX - x)
            }
        }
        y += 1
        var detail = "Time used \(Chrome.duration(report.timeUsed)) · \(Chrome.duration(report.averageTimePerQuestion)) per question"
        if let previous = active.previousScore {
            let delta = report.overall.percent - previous
            detail += " · " + (delta >= 0 ? "▲ +" : "▼ −") + "\(Int(abs(delta).rounded())) points since last time (\(Chrome.percent(previous)))"
        }
        buffer.put(TextWidth.truncate(detail, to: body.width), x: body.x, y: y, style: Style(.dim))
        y += 2
        let lines = report.byShare.count > 1 ? report.byShare : report.byDomain
        let title = session.spec.blueprintID != nil && report.byShare.count > 1 ? "By exam domain" : "By domain"
        buffer.put(title, x: body.x, y: y, style: Style(.bold))
        y += 1
        let rows = lines.map { line in
            BarChart.Row(label: line.name, fraction: line.total == 0 ? 0 : Double(line.correct) / Double(line.total),
                         value: "\(line.correct)/\(line.total) \(Chrome.percent(line.percent))",
                         barStyle: line.percent >= report.passPercent ? Style(.correct) : Style(.incorrect))
        }
        let chartHeight = min(rows.count, max(0, body.maxY - y - 3))
        let chart = BarChart(rows: Array(rows.prefix(chartHeight)), labelWidth: min(34, body.width / 2 - 2))
        y += chart.draw(into: &buffer, in: Rect(x: body.x, y: y, width: body.width, height: chartHeight))
        y += 1
        var summary: [String] = []
        if !report.incorrect.isEmpty { summary.append("✗ \(report.incorrect.count) incorrect") }
        if !report.unanswered.isEmpty {
            let numbers = report.unanswered.prefix(12).map { String($0 + 1) }.joined(separator: ", ")
            summary.append("○ \(report.unanswered.count) unanswered (\(numbers)\(report.unanswered.count > 12 ? ", …" : ""))")
        }
        if !report.flagged.isEmpty { summary.append("⚑ \(report.flagged.count) flagged") }
        if summary.isEmpty { summary.append("✓ Every question answered correctly.") }
        if y < body.maxY {
            buffer.put(TextWidth.truncate(summary.joined(separator: " · "), to: body.width), x: body.x, y: y)
        }
    }
}

/// A finished session question by question: your answer beside the right one, and why.
enum ReviewView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        guard let active = state.exam else { return }
        let session = active.session
        let indices = state.reviewIndices()
        let filter = state.review.filter
        let position = min(state.review.position, max(0, indices.count - 1))
        let right = indices.isEmpty ? "" : "\(position + 1) of \(indices.count) · question \(indices[position] + 1) of \(session.count)"
        Chrome.header(&buffer, left: "Review: " + session.spec.title, right: [Span(right)])
        let tabs = ReviewFilter.allCases.map { $0 == filter ? "[\($0.rawValue)]" : " \($0.rawValue) " }.joined(separator: " ")
        buffer.put("Show: " + tabs, x: 1, y: 1, style: Style(.dim), maxWidth: buffer.width - 2)
        let body = Rect(x: 1, y: 3, width: buffer.width - 2, height: buffer.height - 5)
        guard !indices.isEmpty else {
            let text = switch filter {
            case .incorrect: "✓ Nothing to show: no incorrect answers."
            case .flagged: "No flagged questions in this attempt."
            case .unanswered: "✓ Every question was answered."
            case .all: "This attempt has no questions."
            }
            buffer.put(text, x: body.x, y: body.y, style: Style(.dim))
            return
        }
        let index = indices[position]
        let item = session.items[index]
        guard let question = state.bank.question(item.questionID) else {
            buffer.put("Question \(item.questionID) is no longer in the loaded banks.", x: body.x, y: body.y, style: Style(.error))
            return
        }
        var response = session.responses[index]
        response.struck = []
        var lines = QuestionView.questionLines(question, item: item, response: response, reveal: true, width: body.width, bank: state.bank)
        if response.flagged { lines.insert([Span("⚑ You flagged this question.", Style(.flagged))], at: 1) }
        Chrome.draw(lines, into: &buffer, in: body, scroll: state.review.scroll)
    }
}
