import ExamEngine
import LearningModel
import QuestionBank
import TerminalUI

/// Readiness, the exam-date plan, mastery and calibration per domain and topic, and trends.
enum StatsView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        Chrome.header(&buffer, left: "Stats", right: [Span("\(state.home.answerCount) answers")])
        let body = Rect(x: 1, y: 2, width: buffer.width - 2, height: buffer.height - 4)
        let head = headLines(state, width: body.width)
        let topics = state.home.topicsByMastery
        let nameWidth = nameWidth(body.width)
        // Only the topic rows on screen are formatted: there can be hundreds of them.
        Chrome.draw(count: head.count + topics.count, into: &buffer, in: body, scroll: state.statsScroll) { index in
            index < head.count ? head[index] : topicRow(topics[index - head.count], nameWidth: nameWidth)
        }
    }

    /// Every line of the screen, the topic table included.
    static func lines(_ state: AppState, width: Int) -> [Line] {
        let nameWidth = nameWidth(width)
        return headLines(state, width: width) + state.home.topicsByMastery.map { topicRow($0, nameWidth: nameWidth) }
    }

    /// The width of the domain and topic name columns.
    static func nameWidth(_ width: Int) -> Int {
        max(12, min(30, width - 52))
    }

    /// Everything above the topic rows: readiness, goal, domains, trends, weakest topics and the table's heading.
    static func headLines(_ state: AppState, width: Int) -> [Line] {
        let home = state.home
        var lines: [Line] = []
        lines += ReadinessLines.lines(state, width: width)
        lines.append([])
        lines.append(GoalLine.line(state))
        lines.append([])
        let nameWidth = nameWidth(width)
        let bar = 10
        lines.append([Span(TextWidth.pad("Domain", to: nameWidth) + "  Answers  " + TextWidth.pad("Mastery", to: bar + 5)
                           + "  90% int.   Sure  Unsure  s/q", Style(.bold))])
        let tallies = Dictionary(home.domainTallies.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for estimate in home.domainMastery {
            lines.append(row(name: state.bank.domainName(estimate.key), estimate: estimate, tally: tallies[estimate.key], nameWidth: nameWidth, bar: bar))
        }
        lines.append([Span("Sure/Unsure: accuracy of answers given without and with the guess mark (u).", Style(.dim))])
        lines.append([])
        lines.append([Span("Exam scores     ", Style(.bold)), Span(trend(home.examScores, width: width - 16), Style(.accent))])
        let perDay = home.days.map { Double($0.answers) }
        let total = home.days.reduce(0) { $0 + $1.answers }
        lines.append([Span("Answers per day ", Style(.bold)), Span(Sparkline.text(perDay, width: min(30, perDay.count)), Style(.accent)),
                      Span("  \(total) in 30 days, \(home.days.filter { $0.answers > 0 }.count) active days", Style(.dim))])
        lines.append([])
        // The same three as AppState.weakestTopics(), from the ranking kept with the data.
        let weakest = home.topicsByWeakness.prefix(3)
        if !weakest.isEmpty {
            lines.append([Span("Weakest topics (press 1–3 to drill)", Style(.bold))])
            for (rank, topic) in weakest.enumerated() {
                let e = topic.estimate
                lines.append([Span("\(rank + 1) ", Style(.key).bolded),
                              Span("\(e.key) (\(state.bank.domainName(topic.domain))): \(e.correct)/\(e.answers) right, mastery \(Chrome.percent(e.mean * 100))")])
            }
            lines.append([])
        }
        lines.append([Span(TextWidth.pad("Topic", to: nameWidth + 16) + "  Answers  Mastery  90% int.", Style(.bold))])
        if home.topicsByMastery.isEmpty { lines.append([Span("No topic answered yet.", Style(.dim))]) }
        return lines
    }

    /// One row of the topic table.
    static func topicRow(_ topic: TopicMastery, nameWidth: Int) -> Line {
        let e = topic.estimate
        let name = TextWidth.pad(TextWidth.truncate(e.key, to: nameWidth + 16), to: nameWidth + 16)
        let numbers = "  " + FixedNumber.integer(e.answers, width: 7) + "  " + FixedNumber.whole(e.mean * 100, width: 6) + "%  "
            + FixedNumber.whole(e.lower * 100, width: 3) + "–" + FixedNumber.whole(e.upper * 100, width: 3) + "%"
        return [Span(name), Span(numbers, e.mean >= StudyPlan.targetMastery ? .normal : Style(.warning))]
    }

    static func row(name: String, estimate e: MasteryEstimate, tally: AreaTally?, nameWidth: Int, bar: Int) -> Line {
        let label = TextWidth.pad(TextWidth.truncate(name, to: nameWidth), to: nameWidth)
        guard e.answers > 0 else {
            return [Span(label), Span("        0  " + String(repeating: "░", count: bar) + "    –", Style(.dim))]
        }
        let barText = ProgressBar(fraction: e.mean, interval: e.lower...e.upper).text(width: bar)
        let percent = { (x: Double?) in x.map { FixedNumber.whole($0 * 100, width: 4) + "%" } ?? "    –" }
        let time = tally?.averageTime.map { FixedNumber.whole($0, width: 4) } ?? "   –"
        return [
            Span(label), Span("  " + FixedNumber.integer(e.answers, width: 7) + "  "),
            Span(barText, e.mean >= StudyPlan.targetMastery ? Style(.correct) : Style(.warning)),
            Span(" " + FixedNumber.whole(e.mean * 100, width: 3) + "%  " + FixedNumber.whole(e.lower * 100, width: 3) + "–"
                 + FixedNumber.whole(e.upper * 100, width: 3) + "%  "),
            Span(percent(tally?.sureAccuracy) + "  " + percent(tally?.unsureAccuracy) + "   " + time),
        ]
    }

    static func trend(_ scores: [Double], width: Int) -> String {
        guard !scores.isEmpty else { return "no timed exam yet" }
        let shown = Array(scores.suffix(max(1, min(30, width - 20))))
        return Sparkline.text(shown, range: 0...100) + "  last \(Chrome.percent(scores.last!)), best \(Chrome.percent(scores.max()!))"
    }
}

/// The readiness lines shared by the home and stats screens.
enum ReadinessLines {
    static func lines(_ state: AppState, width: Int, limit: Int = 5) -> [Line] {
        var lines: [Line] = [[Span("Readiness (predicted score and chance of passing, 90% intervals)", Style(.bold))]]
        guard state.home.answerCount > 0, !state.home.readiness.isEmpty else {
            lines.append([Span("Answer some questions to see a prediction.", Style(.dim))])
            return lines
        }
        for readiness in state.home.readiness.prefix(limit) {
            let name = state.bank.blueprint(readiness.blueprintID)?.name ?? readiness.blueprintID
            let label = TextWidth.pad(TextWidth.truncate(name, to: 22), to: 22)
            let score = FixedNumber.whole(readiness.predictedPercent, width: 3) + "% (" + FixedNumber.whole(readiness.lowerPercent, width: 2) + "–"
                + FixedNumber.whole(readiness.upperPercent, width: 2) + ")"
            let pass = "pass " + FixedNumber.whole(readiness.passProbability * 100, width: 3) + "% (" + FixedNumber.whole(readiness.passLower * 100, width: 2)
                + "–" + FixedNumber.whole(readiness.passUpper * 100, width: 3) + ")"
            let style = readiness.passProbability >= 0.8 ? Style(.correct) : readiness.passProbability >= 0.5 ? Style(.warning) : Style(.incorrect)
            lines.append([Span(label + " "), Span(score + "  "), Span(pass, style)])
        }
        return lines
    }
}

/// "Exam on 2026-12-15: 23 days left · 41 questions a day · 12 reviews due".
enum GoalLine {
    static func line(_ state: AppState) -> Line {
        let home = state.home
        let due = home.reviewsDue > 0 ? " · \(home.reviewsDue) reviews due" : ""
        guard let date = home.examDate, let days = home.daysLeft else {
            return [Span("No exam date set: press ", Style(.dim)), Span("d", Style(.key).bolded), Span(" to set one." + due, Style(.dim))]
        }
        if days < 0 { return [Span("Exam date \(date) has passed: press d to set a new one." + due, Style(.dim))] }
        let when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in \(days) days"
        let load = home.dailyLoad.map { " · \($0) questions a day" } ?? ""
        return [Span("Exam \(when) (\(date))", Style(.bold)), Span(load + due)]
    }
}
