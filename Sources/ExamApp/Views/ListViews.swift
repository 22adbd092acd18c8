import ExamEngine
import LearningModel
import QuestionBank
import TerminalUI

/// Choosing a domain, then a topic, to drill.
enum DrillPickerView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        let domains = state.bank.domains.filter { d in state.bank.questions.contains { $0.domain == d.id } }
        let body = Rect(x: 2, y: 2, width: buffer.width - 4, height: buffer.height - 4)
        guard !domains.isEmpty else { return }
        let domain = domains[min(state.drill.domainIndex, domains.count - 1)]
        if let topicIndex = state.drill.topicIndex {
            Chrome.header(&buffer, left: "Drill: \(domain.name) · choose a topic")
            let topics = state.bank.topics(in: domain.id)
            let mastery = Dictionary(state.home.topicMastery.filter { $0.domain == domain.id }.map { ($0.estimate.key, $0.estimate) }, uniquingKeysWith: { a, _ in a })
            let items = ["All topics (\(state.bank.questions.filter { $0.domain == domain.id }.count) questions)"] + topics.map { topic in
                let count = state.bank.questions.filter { $0.domain == domain.id && $0.topic == topic }.count
                let known = mastery[topic].map { $0.answers > 0 ? " · \(Chrome.percent($0.mean * 100))" : "" } ?? ""
                return "\(topic) (\(count))\(known)"
            }
            ListView(items, selected: topicIndex).draw(into: &buffer, in: body)
        } else {
            Chrome.header(&buffer, left: "Drill a topic · choose a domain")
            let mastery = Dictionary(state.home.domainMastery.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            let items = domains.map { domain in
                let count = state.bank.questions.filter { $0.domain == domain.id }.count
                let known = mastery[domain.id].map { $0.answers > 0 ? " · \(Chrome.percent($0.mean * 100))" : "" } ?? ""
                return "\(domain.name) (\(count) questions)\(known)"
            }
            ListView(items, selected: state.drill.domainIndex).draw(into: &buffer, in: body)
        }
    }
}

/// Every attempt with date, kind, score, pass/fail and duration.
enum HistoryView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        Chrome.header(&buffer, left: "History", right: [Span("\(state.history.attempts.count) attempts")])
        let body = Rect(x: 1, y: 2, width: buffer.width - 2, height: buffer.height - 4)
        guard !state.history.attempts.isEmpty else {
            buffer.put(state.history.loaded ? "No attempts yet." : "Loading…", x: body.x, y: body.y, style: Style(.dim))
            return
        }
        let rows = state.history.attempts.map { attempt -> Table.Row in
            let result: String
            switch attempt.status {
            case .active: result = "▶ paused"
            case .abandoned: result = "abandoned"
            case .submitted:
                result = attempt.mode == .exam ? (attempt.passed == true ? "✓ pass" : "✗ fail") : "· done"
            }
            let score = attempt.scorePercent.map(Chrome.percent) ?? "\(attempt.answeredCount)/\(attempt.questionCount)"
            return Table.Row([Chrome.date(attempt.startedAt, state.timeZone), attempt.kind.rawValue, attempt.title, score, result, Chrome.clock(attempt.elapsed)])
        }
        let table = Table(columns: [
            .init("Date", width: 16), .init("Kind", width: 8), .init("Title"), .init("Score", width: 7, alignment: .right),
            .init("Result", width: 9), .init("Time", width: 8, alignment: .right),
        ], rows: rows, selected: state.history.selected)
        table.draw(into: &buffer, in: body)
    }
}

/// Mastery per domain with intervals, the weakest topics, and the score trend.
enum StatsView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        Chrome.header(&buffer, left: "Stats", right: [Span("\(state.home.answerCount) answers")])
        let body = Rect(x: 2, y: 2, width: buffer.width - 4, height: buffer.height - 4)
        var y = body.y
        buffer.put("Mastery by domain (bar = estimate, [ ] = 90% interval, n = answers)", x: body.x, y: y, style: Style(.bold), maxWidth: body.width)
        y += 1
        let rows = state.home.domainMastery.map { estimate in
            BarChart.Row(label: state.bank.domainName(estimate.key), fraction: estimate.mean,
                         value: estimate.answers == 0 ? "no answers" : "\(Chrome.percent(estimate.mean * 100)) n=\(estimate.answers)",
                         interval: estimate.answers == 0 ? nil : estimate.lower...estimate.upper,
                         barStyle: estimate.answers == 0 ? Style(.dim) : estimate.mean >= 0.7 ? Style(.correct) : Style(.warning))
        }
        let height = min(rows.count, max(0, body.maxY - y - 4))
        y += BarChart(rows: Array(rows.prefix(height)), labelWidth: min(30, body.width / 3)).draw(into: &buffer, in: Rect(x: body.x, y: y, width: body.width, height: height))
        let scores = state.home.recent.filter { $0.status == .submitted && $0.mode == .exam }.compactMap(\.scorePercent).reversed()
        if !scores.isEmpty, y + 2 < body.maxY {
            y += 1
            buffer.put("Exam scores, oldest to newest: ", x: body.x, y: y, style: Style(.bold))
            let x = body.x + 31
            Sparkline.draw(Array(scores), into: &buffer, x: x, y: y, width: max(0, min(40, body.maxX - x - 8)), range: 0...100)
            buffer.put(" last \(Chrome.percent(scores.last ?? 0))", x: min(body.maxX - 9, x + min(40, scores.count) + 1), y: y)
            y += 1
        }
        let weakest = state.weakestTopics()
        if !weakest.isEmpty, y + 2 < body.maxY {
            y += 1
            buffer.put("Weakest topics", x: body.x, y: y, style: Style(.bold))
            y += 1
            for topic in weakest where y < body.maxY {
                buffer.put(TextWidth.truncate("· \(topic.estimate.key) (\(state.bank.domainName(topic.domain))): \(topic.estimate.correct)/\(topic.estimate.answers) right", to: body.width), x: body.x, y: y)
                y += 1
            }
        }
    }
}
