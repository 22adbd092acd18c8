import ExamEngine
import QuestionBank
import TerminalUI

/// The exam screen: header with progress, clock and pace; the stem; the choices; tutor feedback.
enum QuestionView {
    static func draw(_ buffer: inout ScreenBuffer, state: AppState) {
        guard let active = state.exam else { return }
        guard !active.session.items.isEmpty else {
            Chrome.header(&buffer, left: active.session.spec.title)
            buffer.put("Choosing a question…", x: 2, y: 2, style: Style(.dim))
            return
        }
        let session = active.session
        let response = session.currentResponse
        Chrome.header(&buffer, left: session.spec.title, right: headerStatus(active, state: state))
        let body = Rect(x: 1, y: 2, width: buffer.width - 2, height: buffer.height - 4)
        guard let question = state.bank.question(session.currentItem.questionID) else {
            buffer.put("This question is no longer in the loaded banks.", x: 1, y: 2, style: Style(.error))
            return
        }
        let lines = questionLines(question, item: session.currentItem, response: response,
                                  reveal: session.revealsCurrent, width: body.width, bank: state.bank)
        Chrome.draw(lines, into: &buffer, in: body, scroll: active.scroll)
        progressRule(&buffer, session: session, y: 1)
    }

    /// "Question 3 of 100", the flag, the timer and the pace, right-aligned in the header.
    static func headerStatus(_ active: ActiveExam, state: AppState) -> [Span] {
        let session = active.session
        var spans = [Span(session.spec.isAdaptive ? "Question \(session.current + 1)" : "Question \(session.current + 1) of \(session.count)")]
        if session.currentResponse.flagged { spans.append(Span("  ⚑ flagged", Style(.flagged).bolded)) }
        if active.awaitingStrike { spans.append(Span("  strike: A–E?", Style(.warning).bolded)) }
        if let remaining = session.remaining(at: state.now) {
            if active.timerHidden {
                spans.append(Span("  ⏱ hidden (t)"))
            } else {
                let low = remaining <= 300
                spans.append(Span("  ⏱ " + Chrome.clock(remaining), low ? Style(.warning).bolded : Style(.header)))
                if let pace = session.paceDelta(at: state.now) {
                    if abs(pace) < 60 {
                        spans.append(Span("  on pace"))
                    } else {
                        let word = pace >= 0 ? "ahead" : "behind"
                        spans.append(Span("  \(Chrome.clock(abs(pace))) \(word)", pace >= 0 ? Style(.header) : Style(.warning)))
                    }
                }
            }
        } else if session.spec.mode == .tutor {
            spans.append(Span("  ✓ \(correctSoFar(session, bank: state.bank)) of \(session.answeredCount)"))
        }
        return spans
    }

    static func correctSoFar(_ session: ExamSession, bank: Bank) -> Int {
        (0..<session.count).filter { session.responses[$0].locked && ExamScorer.isCorrect(session, $0, bank: bank) }.count
    }

    /// A one-row map of the exam: ● answered, ○ unanswered, ⚑ flagged, with the current one marked.
    static func progressRule(_ buffer: inout ScreenBuffer, session: ExamSession, y: Int) {
        let answered = session.answeredCount, flagged = session.flaggedIndices.count
        let text = " \(answered)/\(session.count) answered" + (flagged > 0 ? " · \(flagged) flagged" : "")
        buffer.hline(x: 0, y: y, length: buffer.width)
        buffer.put(text + " ", x: 1, y: y, style: Style(.dim))
    }

    /// The question as lines: domain and topic, stem, choices, and (when revealed) the verdict.
    static func questionLines(_ question: Question, item: ExamItem, response: ItemResponse, reveal: Bool, width: Int, bank: Bank) -> [Line] {
        let question = question.holdingTexts()
        var lines: [Line] = [[Span(bank.domainName(question.domain) + " · " + question.topic, Style(.dim))], []]
        lines += Chrome.paragraph(question.stem, width: width, style: Style(.bold))
        lines.append([])
        for (position, choiceIndex) in item.choiceOrder.enumerated() {
            lines += choiceLines(question.choices[choiceIndex], letter: letter(position), chosen: response.choice == choiceIndex,
                                 struck: response.struck.contains(choiceIndex), reveal: reveal, width: width)
        }
        if reveal {
            lines.append([])
            lines += verdictLines(question, item: item, response: response, width: width)
        }
        return lines
    }

    static func letter(_ position: Int) -> String {
        String(Keymap.letters[position]).uppercased()
    }

    /// One choice, wrapped with a hanging indent: "(●) B. text".
    static func choiceLines(_ choice: Choice, letter: String, chosen: Bool, struck: Bool, reveal: Bool, width: Int) -> [Line] {
        var mark = chosen ? "(●)" : struck ? "(✕)" : "( )"
        var style = chosen ? Style(.selected) : struck ? Style(.struck) : .normal
        if reveal {
            if choice.isCorrect {
                mark = "✓" + (chosen ? "●" : " ") + " "
                style = Style(.correct).bolded
            } else if chosen {
                mark = "✗● "
                style = Style(.incorrect).bolded
            }
        }
        let prefix = " \(mark) \(letter). "
        let indent = TextWidth.columns(of: prefix)
        let text = TextSanitizer.clean(choice.text) + (struck && !reveal ? "  (struck out)" : "")
        let wrapped = TextWrap.wrap(text, width: max(1, width - indent))
        return wrapped.enumerated().map { index, part in
            [Span(index == 0 ? prefix : String(repeating: " ", count: indent), index == 0 ? style : .normal), Span(part, style)]
        }
    }

    /// "✓ Correct" or "✗ Incorrect: the answer is C", then the explanation and reference.
    static func verdictLines(_ question: Question, item: ExamItem, response: ItemResponse, width: Int) -> [Line] {
        let correctLetter = item.displayPosition(ofChoice: question.correctIndex).map(letter) ?? "?"
        var lines: [Line]
        if response.choice == nil {
            lines = [[Span("○ Not answered: the answer is \(correctLetter)", Style(.warning).bolded)]]
        } else if response.choice == question.correctIndex {
            lines = [[Span("✓ Correct: \(correctLetter)", Style(.correct).bolded)]]
        } else {
            let yours = response.choice.flatMap { item.displayPosition(ofChoice: $0) }.map(letter) ?? "?"
            lines = [[Span("✗ Incorrect: you chose \(yours), the answer is \(correctLetter)", Style(.incorrect).bolded)]]
        }
        if !question.explanation.isEmpty {
            lines += Chrome.paragraph(question.explanation, width: width)
        }
        if let feedback = response.choice.flatMap({ question.choices[$0].feedback }), !feedback.isEmpty {
            lines += Chrome.paragraph("On your choice: " + feedback, width: width, style: Style(.dim))
        }
        if !question.reference.isEmpty {
            lines += Chrome.paragraph("Reference: " + question.reference + (question.asOf.map { " (as of \($0))" } ?? ""), width: width, style: Style(.dim))
        }
        return lines
    }
}

