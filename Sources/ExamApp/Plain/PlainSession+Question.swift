import ExamEngine
import QuestionBank

/// Commands while answering: each maps to one `ExamSession` action and says what it did.
extension PlainSession {
    var isTutor: Bool { session.spec.mode == .tutor }
    /// "the exam", or "the drill" / "the practice" / "the review" for tutor sessions.
    var sessionNoun: String {
        switch session.spec.kind {
        case .exam: "the exam"
        case .practice: "the practice"
        case .drill: "the drill"
        case .review: "the review"
        }
    }

    /// The current question, revealed once answered in tutor mode.
    func questionText() -> [String] {
        PlainText.question(session, index: session.current, reveal: session.revealsCurrent, bank: bank, width: width)
    }

    mutating func questionCommand(_ command: PlainCommand, at now: Double, into out: inout PlainOutput) {
        let number = session.current + 1
        switch command {
        case .answer(let position): answer(position, at: now, into: &out)
        case .clear:
            if session.currentResponse.locked {
                out.lines += wrap("Question \(number) is already checked; its answer cannot change.")
            } else if !session.currentResponse.isAnswered {
                out.lines += wrap("Question \(number) has no answer to clear.")
            } else {
                save(session.clearAnswer(at: now), into: &out, at: now)
                out.lines += wrap("Question \(number): answer cleared.")
            }
        case .next:
            if session.wantsAnotherQuestion {
                out.effects.append(.chooseNextQuestion(session))
            } else if session.current + 1 >= session.count {
                out.lines += wrap("This is the last question. Type s to \(isTutor ? "finish" : "submit"), or g and a number to go to a question.")
            } else {
                move(session.next(at: now), at: now, into: &out)
            }
        case .previous:
            if session.current == 0 {
                out.lines += wrap("This is the first question.")
            } else {
                move(session.previous(at: now), at: now, into: &out)
            }
        case .go(let target):
            guard (1...session.count).contains(target) else {
                out.lines += wrap("There is no question \(target); the questions are numbered 1 to \(session.count).")
                return
            }
            move(session.go(to: target - 1, at: now), at: now, into: &out)
        case .read: out.lines += questionText()
        case .flag:
            save(session.toggleFlag(at: now), into: &out, at: now)
            out.lines += wrap(session.currentResponse.flagged ? "Question \(number) flagged." : "Question \(number) no longer flagged.")
        case .strike(let position): strike(position, at: now, into: &out)
        case .unsure:
            save(session.toggleUnsure(at: now), into: &out, at: now)
            out.lines += wrap(session.currentResponse.unsure ? "Question \(number) marked as a guess." : "Question \(number) no longer marked as a guess.")
        case .list(let filter): out.lines += PlainText.list(session, filter: filter, bank: bank, width: width)
        case .time: out.lines += timeText(at: now)
        case .submit:
            phase = .confirmSubmit
            let unanswered = session.unansweredIndices.count, flagged = session.flaggedIndices.count
            let verb = isTutor ? "Finish" : "Submit"
            out.lines += wrap("\(verb) \(sessionNoun)? \(unanswered) unanswered, \(flagged) flagged. Type y to \(verb.lowercased()), n to go on.")
        case .quit:
            out = merge(out, session.spec.kind == .drill ? finish(at: now) : pause(at: now))
        case .help: out.lines += helpText()
        case .review, .results:
            out.lines += wrap("Results and review come after you \(isTutor ? "finish" : "submit") (s).")
        case .yes, .no: out.lines += wrap("There is nothing to confirm. Type h for the list of commands.")
        case .empty: out.lines += wrap("Question \(number) of \(session.count). Type r to read it again, h for help.")
        case .invalid(let reason): out.lines += wrap(reason)
        }
    }

    mutating func confirmSubmit(_ command: PlainCommand, at now: Double, into out: inout PlainOutput) {
        if command == .yes {
            out = merge(out, finish(at: now))
        } else {
            phase = .question
            out.lines += wrap("Not \(isTutor ? "finished" : "submitted"). You are on question \(session.current + 1) of \(session.count).")
        }
    }

    private mutating func answer(_ position: Int, at now: Double, into out: inout PlainOutput) {
        let number = session.current + 1
        let choices = session.currentItem.choiceOrder.count
        guard position < choices else {
            out.lines += wrap("Question \(number) has choices A to \(PlainText.letter(choices - 1)). To go to a question, type g and its number.")
            return
        }
        if session.currentResponse.locked {
            out.lines += wrap("Question \(number) is already checked. Type n for the next question.")
            return
        }
        let previous = session.currentResponse.choice
        let changes = session.answer(displayPosition: position, at: now)
        let letter = PlainText.letter(position)
        guard !changes.isEmpty else {
            out.lines += wrap("\(letter) is already your answer to question \(number).")
            return
        }
        save(changes, into: &out, at: now)
        if isTutor {
            out.lines += verdictText()
        } else {
            out.lines += wrap(previous == nil ? "Question \(number): answered \(letter)." : "Question \(number): answer changed to \(letter).")
        }
    }

    /// Tutor mode: right or wrong, the explanation, the running score and what to do next.
    private func verdictText() -> [String] {
        guard let question = bank.question(session.currentItem.questionID)?.holdingTexts() else { return [] }
        var lines = PlainText.verdict(question, item: session.currentItem, response: session.currentResponse, width: width)
        let checked = session.responses.indices.filter { session.responses[$0].locked }
        let correct = checked.filter { ExamScorer.isCorrect(session, $0, bank: bank) }.count
        let more = session.current + 1 < session.count || session.spec.isAdaptive
        let next = more ? "Type n for the next question." : "That was the last question; type s to finish."
        lines += wrap("\(correct) of \(checked.count) correct so far. " + next)
        return lines
    }

    private mutating func strike(_ position: Int, at now: Double, into out: inout PlainOutput) {
        let choices = session.currentItem.choiceOrder.count
        guard position < choices else {
            out.lines += wrap("Question \(session.current + 1) has choices A to \(PlainText.letter(choices - 1)).")
            return
        }
        guard session.canAnswer(session.current) else {
            out.lines += wrap("Question \(session.current + 1) is already checked; nothing to strike out.")
            return
        }
        save(session.toggleStrike(displayPosition: position, at: now), into: &out, at: now)
        let struck = session.currentResponse.struck.contains(session.currentItem.choiceOrder[position])
        out.lines += wrap("Choice \(PlainText.letter(position)) \(struck ? "struck out" : "restored").")
    }

    /// Saves a move and reads the question arrived at.
    private mutating func move(_ changes: [SessionChange], at now: Double, into out: inout PlainOutput) {
        save(changes, into: &out, at: now)
        out.lines += questionText()
    }

    /// Time left (or used, untimed), answered count and pace.
    func timeText(at now: Double) -> [String] {
        let progress = "\(session.answeredCount) of \(session.count) answered."
        guard let left = session.remaining(at: now), let limit = session.spec.timeLimit else {
            return wrap("Untimed. Time used: \(PlainText.duration(session.elapsed(at: now))). " + progress)
        }
        var line = "\(PlainText.duration(left, roundingDown: true)) left of \(PlainText.duration(limit)). " + progress
        if let pace = session.paceDelta(at: now) {
            line += abs(pace) < 60 ? " On pace." : " \(PlainText.duration(abs(pace))) \(pace >= 0 ? "ahead of" : "behind") pace."
        }
        return wrap(line)
    }
}
