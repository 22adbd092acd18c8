import ExamEngine
import LearningModel
import QuestionBank
import TerminalUI

/// Choosing a domain, then a topic, to drill.
enum DrillPickerView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        let domains = state.drillDomains
        let body = Rect(x: 2, y: 2, width: buffer.width - 4, height: buffer.height - 4)
        guard !domains.isEmpty else { return }
        if let topicIndex = state.drill.topicIndex, state.drill.domainIndex > 0 {
            let domain = domains[min(state.drill.domainIndex - 1, domains.count - 1)]
            Chrome.header(&buffer, left: "Drill: \(domain.name) · choose a topic")
            let topics = state.bank.topics(in: domain.id)
            let mastery = Dictionary(state.home.topicMastery.filter { $0.domain == domain.id }.map { ($0.estimate.key, $0.estimate) }, uniquingKeysWith: { a, _ in a })
            let total = state.bank.questionCount(domain: domain.id)
            let items = ["All topics, weakest first (\(total) questions)"] + topics.map { topic in
                let count = state.bank.questionCount(domain: domain.id, topic: topic)
                let known = mastery[topic].map { $0.answers > 0 ? " · \(Chrome.percent($0.mean * 100))" : "" } ?? ""
                return "\(topic) (\(count))\(known)"
            }
            ListView(items, selected: topicIndex).draw(into: &buffer, in: body)
        } else {
            Chrome.header(&buffer, left: "Drill · choose a domain")
            let mastery = Dictionary(state.home.domainMastery.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            let items = ["Every domain, weakest areas first (\(state.bank.questionCount) questions)"] + domains.map { domain in
                let count = state.bank.questionCount(domain: domain.id)
                let known = mastery[domain.id].map { $0.answers > 0 ? " · \(Chrome.percent($0.mean * 100))" : "" } ?? ""
                return "\(domain.name) (\(count) questions)\(known)"
            }
            ListView(items, selected: state.drill.domainIndex).draw(into: &buffer, in: body)
            let note = "Each question is chosen after your last answer: weak topics, missed questions due for a retry, then new ones."
            for (i, line) in TextWrap.wrap(note, width: body.width).enumerated() where body.y + items.count + 1 + i < body.maxY {
                buffer.put(line, x: body.x, y: body.y + items.count + 1 + i, style: Style(.dim))
            }
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

