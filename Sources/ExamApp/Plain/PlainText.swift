import ExamEngine
import QuestionBank
import TerminalUI

/// The words plain mode prints: questions, verdicts, results and durations, wrapped and sanitized.
///
/// Written for listening as much as reading: words instead of symbols ("your answer", not "●"),
/// durations spelled out ("8 minutes 5 seconds", not "8:05"). Every line passes through
/// ``TextWrap``, which runs ``TextSanitizer/clean(_:)`` on it, so bank text can never send an
/// escape sequence to the terminal.
enum PlainText {
    /// `text` wrapped to `width` columns; "\n" starts a new line.
    static func wrap(_ text: String, width: Int) -> [String] {
        TextWrap.wrap(text, width: max(20, width))
    }

    /// "A" for display position 0.
    static func letter(_ position: Int) -> String {
        String(UnicodeScalar(UInt8(65 + min(max(0, position), 25))))
    }

    /// "1 hour 5 minutes", "8 minutes 5 seconds", "45 seconds"; seconds are left out past an hour.
    static func duration(_ seconds: Double, roundingDown: Bool = false) -> String {
        let total = max(0, Int(roundingDown ? seconds.rounded(.down) : seconds.rounded()))
        let hours = total / 3600, minutes = (total % 3600) / 60, secs = total % 60
        func unit(_ n: Int, _ name: String) -> String { "\(n) \(name)\(n == 1 ? "" : "s")" }
        if hours > 0 { return minutes > 0 ? unit(hours, "hour") + " " + unit(minutes, "minute") : unit(hours, "hour") }
        if minutes > 0 { return secs > 0 ? unit(minutes, "minute") + " " + unit(secs, "second") : unit(minutes, "minute") }
        return unit(secs, "second")
    }

    static func percent(_ value: Double) -> String {
        "\(Int(value.rounded()))%"
    }

    /// "question 3", "questions 2, 4 and 5" (1-based numbers of 0-based indices).
    static func questionNumbers(_ indices: [Int]) -> String {
        let numbers = indices.map { String($0 + 1) }
        guard numbers.count > 1 else { return "question " + (numbers.first ?? "") }
        return "questions " + numbers.dropLast().joined(separator: ", ") + " and " + numbers.last!
    }

    /// A question as lines: where it is, its stem, its choices, and (when revealed) the verdict.
    static func question(_ session: ExamSession, index: Int, reveal: Bool, bank: Bank, width: Int) -> [String] {
        let item = session.items[index]
        let response = session.responses[index]
        var heading = "Question \(index + 1) of \(session.count)."
        guard let question = bank.question(item.questionID)?.holdingTexts() else {
            return wrap(heading + " This question (\(item.questionID)) is no longer in the loaded banks.", width: width)
        }
        heading += " \(bank.domainName(question.domain)), \(question.topic)."
        if response.flagged { heading += " Flagged." }
        if response.unsure { heading += " Marked as a guess." }
        var lines = wrap(heading, width: width) + wrap(question.stem, width: width)
        for (position, choice) in item.choiceOrder.enumerated() where question.choices.indices.contains(choice) {
            var notes: [String] = []
            if response.choice == choice { notes.append("your answer") }
            if reveal {
                if question.choices[choice].isCorrect { notes.append("correct answer") }
            } else if response.struck.contains(choice) {
                notes.append("struck out")
            }
            let text = question.choices[choice].text + (notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")")
            lines += TextWrap.wrap(text, width: max(20, width), prefix: letter(position) + ". ")
        }
        if reveal { lines += verdict(question, item: item, response: response, width: width) }
        return lines
    }

    /// "Correct: B." or "Incorrect: you chose A; the answer is B.", then the explanation and reference.
    static func verdict(_ question: Question, item: ExamItem, response: ItemResponse, width: Int) -> [String] {
        let answer = item.displayPosition(ofChoice: question.correctIndex).map(letter) ?? "?"
        let line: String
        if let choice = response.choice {
            let yours = item.displayPosition(ofChoice: choice).map(letter) ?? "?"
            line = choice == question.correctIndex ? "Correct: \(answer)." : "Incorrect: you chose \(yours); the answer is \(answer)."
        } else {
            line = "Not answered: the answer is \(answer)."
        }
        var lines = wrap(line, width: width)
        if !question.explanation.isEmpty { lines += wrap(question.explanation, width: width) }
        if let choice = response.choice, question.choices.indices.contains(choice),
           let feedback = question.choices[choice].feedback, !feedback.isEmpty {
            lines += wrap("On your choice: " + feedback, width: width)
        }
        if !question.reference.isEmpty {
            lines += wrap("Reference: " + question.reference + (question.asOf.map { " (as of \($0))" } ?? "") + ".", width: width)
        }
        return lines
    }

    /// The change from the previous score, in whole points as the full-screen results show it.
    static func change(from previous: Double, to score: Double) -> String {
        let points = Int((score - previous).rounded())
        let last = "since last time (\(percent(previous)))."
        switch points {
        case 0: return "Same score as last time (\(percent(previous)))."
        case 1: return "Up 1 point " + last
        case -1: return "Down 1 point " + last
        case 1...: return "Up \(points) points " + last
        default: return "Down \(-points) points " + last
        }
    }

    /// The results of a submitted session: score, pass or fail, the change since the previous
    /// attempt at the blueprint, time, per-domain lines, what was missed.
    static func results(_ report: ExamReport, session: ExamSession, bank: Bank, previousScore: Double? = nil, width: Int) -> [String] {
        let spec = session.spec
        var lines = wrap((spec.kind == .drill ? "Summary: " : "Results: ") + spec.title + ".", width: width)
        var score = "Score: \(report.overall.correct) of \(report.overall.total) correct (\(percent(report.overall.percent)))."
        if spec.mode == .exam {
            score += report.passed ? " Passed" : " Not passed"
            score += " (pass mark \(percent(report.passPercent)))."
        }
        lines += wrap(score, width: width)
        if let previous = previousScore { lines += wrap(change(from: previous, to: report.overall.percent), width: width) }
        lines += wrap("Time used: \(duration(report.timeUsed)), \(duration(report.averageTimePerQuestion)) per question.", width: width)
        let byShare = report.byShare.count > 1
        lines += wrap(spec.blueprintID != nil && byShare ? "By exam domain:" : "By domain:", width: width)
        for line in byShare ? report.byShare : report.byDomain {
            lines += wrap("  \(line.name): \(line.correct) of \(line.total) correct (\(percent(line.percent))).", width: width)
        }
        var missed: [String] = []
        if !report.incorrect.isEmpty { missed.append("\(report.incorrect.count) incorrect: \(questionNumbers(report.incorrect)).") }
        if !report.unanswered.isEmpty { missed.append("\(report.unanswered.count) unanswered: \(questionNumbers(report.unanswered)).") }
        if !report.flagged.isEmpty { missed.append("\(report.flagged.count) flagged: \(questionNumbers(report.flagged)).") }
        if report.incorrect.isEmpty, report.unanswered.isEmpty { missed.insert("Every question answered correctly.", at: 0) }
        for text in missed { lines += wrap(text, width: width) }
        return lines
    }

    /// One line per question with its status: answered or not (right or wrong once revealed), flagged.
    static func list(_ session: ExamSession, filter: PlainListFilter, bank: Bank, width: Int) -> [String] {
        let indices = session.responses.indices.filter { index in
            let response = session.responses[index]
            switch filter {
            case .all: return true
            case .answered: return response.isAnswered
            case .unanswered: return !response.isAnswered
            case .flagged: return response.flagged
            }
        }
        let summary = "\(session.count) questions: \(session.answeredCount) answered, \(session.unansweredIndices.count) unanswered, "
            + "\(session.flaggedIndices.count) flagged."
        var lines = wrap(summary, width: width)
        if indices.isEmpty { lines += wrap("No \(filter.rawValue) questions.", width: width) }
        for index in indices {
            let response = session.responses[index]
            var words: [String] = []
            if session.isSubmitted || response.locked {
                words.append(!response.isAnswered ? "unanswered" : ExamScorer.isCorrect(session, index, bank: bank) ? "correct" : "incorrect")
            } else {
                words.append(response.isAnswered ? "answered " + answerLetter(session, index) : "unanswered")
            }
            if response.flagged { words.append("flagged") }
            if response.unsure { words.append("guess") }
            if index == session.current, !session.isSubmitted { words.append("current") }
            lines += wrap("\(index + 1): " + words.joined(separator: ", "), width: width)
        }
        return lines
    }

    /// The display letter of the answer at `index`, or "?" when unanswered.
    static func answerLetter(_ session: ExamSession, _ index: Int) -> String {
        session.responses[index].choice.flatMap { session.items[index].displayPosition(ofChoice: $0) }.map(letter) ?? "?"
    }
}
