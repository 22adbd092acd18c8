@testable import ExamApp
import ExamEngine
import QuestionBank
import TerminalUI
import Testing
import TestSupport

/// Drives a `PlainSession` with a fake clock and keeps what it asked the store to do.
struct PlainHarness {
    var plain: PlainSession
    var now: Double = 1_000
    var effects: [Effect] = []

    /// A new session of `spec` from `bank`, assembled with a fixed seed, opened at `now`.
    init(_ spec: ExamSpec, bank: Bank = SampleBank.standard(), width: Int = 80) throws {
        let items = try ExamAssembler.assemble(spec, from: bank, seed: 7)
        plain = PlainSession(bank: bank, session: ExamSession(spec: spec, items: items, now: now), attemptID: 1, width: width, now: now)
    }

    init(session: ExamSession, bank: Bank = SampleBank.standard(), now: Double) {
        self.now = now
        plain = PlainSession(bank: bank, session: session, attemptID: 1, now: now)
    }

    static func exam(count: Int = 5, minutes: Int = 10, mode: ExamMode = .exam, kind: ExamKind? = nil) throws -> PlainHarness {
        let bank = SampleBank.standard()
        return try PlainHarness(.custom(count: count, minutes: minutes, domains: [], mode: mode, kind: kind, in: bank), bank: bank)
    }

    mutating func open() -> [String] {
        record(plain.open(at: now))
    }

    /// Types `line` `advance` seconds after the previous step; returns the printed lines.
    @discardableResult
    mutating func type(_ line: String, advance: Double = 1) -> [String] {
        now += advance
        return record(plain.handle(line, at: now))
    }

    mutating func tick(advance: Double) -> [String] {
        now += advance
        return record(plain.tick(at: now))
    }

    private mutating func record(_ out: PlainOutput) -> [String] {
        effects = out.effects
        return out.lines
    }

    var session: ExamSession { plain.session }

    /// The letter of the current question's correct choice, and one of a wrong choice.
    var correctLetter: String { letter(correct: true) }
    var wrongLetter: String { letter(correct: false) }

    private func letter(correct: Bool) -> String {
        let item = session.currentItem
        let question = plain.bank.question(item.questionID)!
        let position = item.choiceOrder.firstIndex { question.choices[$0].isCorrect == correct }!
        return String(["a", "b", "c", "d", "e"][position])
    }
}

@Suite("Plain mode session")
struct PlainSessionTests {
    @Test("opens with what the session is and the first question, line by line, with its choices")
    func opening() throws {
        var h = try PlainHarness.exam()
        let lines = h.open()
        #expect(lines[0] == "Custom exam: 5 questions, 10 minutes, pass mark 70%.")
        #expect(lines.contains { $0.hasPrefix("Question 1 of 5. ") })
        #expect(lines.contains { $0.hasPrefix("A. Option ") })
        #expect(lines.contains { $0.hasPrefix("D. Option ") })
        #expect(h.plain.prompt == "Question 1 of 5> ")
        #expect(h.effects.isEmpty)
    }

    @Test("answering saves at once; a new letter changes the answer and the same letter changes nothing")
    func answering() throws {
        var h = try PlainHarness.exam()
        _ = h.open()
        #expect(h.type("b") == ["Question 1: answered B."])
        guard case .save(let changes, let saved, attemptID: 1) = h.effects.first else {
            Issue.record("no save: \(h.effects)")
            return
        }
        #expect(changes == [.response(0)])
        #expect(saved.responses[0].choice == saved.items[0].choiceOrder[1])
        #expect(h.type("3") == ["Question 1: answer changed to C."])
        #expect(h.type("c") == ["C is already your answer to question 1."])
        #expect(h.effects.isEmpty)
        #expect(h.type("r").contains { $0.hasPrefix("C. ") && $0.contains("(your answer)") })
        #expect(h.type("clear") == ["Question 1: answer cleared."])
        #expect(h.session.responses[0].choice == nil)
        #expect(h.type("clear") == ["Question 1 has no answer to clear."])
        #expect(h.type("9") == ["Question 1 has choices A to D. To go to a question, type g and its number."])
    }

    @Test("flag, strike out and restore, guess, and moving by n, p and g")
    func marking() throws {
        var h = try PlainHarness.exam()
        _ = h.open()
        #expect(h.type("f") == ["Question 1 flagged."])
        #expect(h.session.responses[0].flagged)
        #expect(h.effects.count == 1)
        #expect(h.type("x c") == ["Choice C struck out."])
        #expect(h.type("r").contains { $0.hasPrefix("C. ") && $0.hasSuffix("(struck out)") })
        #expect(h.type("xc") == ["Choice C restored."])
        #expect(h.session.responses[0].struck.isEmpty)
        #expect(h.type("u") == ["Question 1 marked as a guess."])
        #expect(h.type("p") == ["This is the first question."])
        #expect(h.type("n").first == "Question 2 of 5. " + h.headingTail(1))
        #expect(h.plain.prompt == "Question 2 of 5> ")
        #expect(h.effects.count == 1)
        #expect(h.type("g 5").first?.hasPrefix("Question 5 of 5.") == true)
        #expect(h.type("n") == ["This is the last question. Type s to submit, or g and a number to go to a", "question."])
        #expect(h.type("g 9") == ["There is no question 9; the questions are numbered 1 to 5."])
        #expect(h.type("12") == ["To go to question 12, type g 12."])
        #expect(h.type("g 1").first?.hasSuffix("Flagged. Marked as a guess.") == true)
    }

    @Test("l lists every question with its status, or only the unanswered or flagged ones")
    func listing() throws {
        var h = try PlainHarness.exam()
        _ = h.open()
        h.type("b")
        h.type("f")
        h.type("g 3")
        h.type("a")
        #expect(h.type("l") == [
            "5 questions: 2 answered, 3 unanswered, 1 flagged.",
            "1: answered B, flagged",
            "2: unanswered",
            "3: answered A, current",
            "4: unanswered",
            "5: unanswered",
        ])
        #expect(h.type("l u") == ["5 questions: 2 answered, 3 unanswered, 1 flagged.", "2: unanswered", "4: unanswered", "5: unanswered"])
        #expect(h.type("l f") == ["5 questions: 2 answered, 3 unanswered, 1 flagged.", "1: answered B, flagged"])
    }

    @Test("submit asks first, naming the unanswered and flagged counts; n goes on, y submits")
    func submitting() throws {
        var h = try PlainHarness.exam()
        _ = h.open()
        h.type(h.correctLetter)
        h.type("f")
        h.type("n")
        h.type(h.wrongLetter)
        #expect(h.type("s") == ["Submit the exam? 3 unanswered, 1 flagged. Type y to submit, n to go on."])
        #expect(h.plain.prompt == "Submit? y or n> ")
        #expect(h.type("n") == ["Not submitted. You are on question 2 of 5."])
        #expect(!h.session.isSubmitted)
        h.type("s")
        let results = h.type("y", advance: 60)
        #expect(h.session.isSubmitted)
        guard case .submit(_, let report, attemptID: 1) = h.effects.first else {
            Issue.record("no submit: \(h.effects)")
            return
        }
        #expect(report.overall.correct == 1)
        #expect(results[0] == "Results: Custom exam.")
        #expect(results[1] == "Score: 1 of 5 correct (20%). Not passed (pass mark 70%).")
        #expect(results[2] == "Time used: 1 minute 7 seconds, 13 seconds per question.")
        #expect(results[3] == "By domain:")
        #expect(results.contains("1 incorrect: question 2."))
        #expect(results.contains("3 unanswered: questions 3, 4 and 5."))
        #expect(results.contains("1 flagged: question 1."))
        #expect(h.plain.prompt == "Results> ")
        #expect(h.type("b") == ["Type r to review, s for the results, q to quit, h for help."])
    }

    @Test("the results give the change since the previous attempt at the blueprint, in whole points")
    func changeSinceLastTime() throws {
        let bank = SampleBank.standard()
        var h = try PlainHarness(.blueprint(bank.blueprint("mini")!, in: bank), bank: bank)
        h.plain.previousScore = 42.4
        _ = h.open()
        for _ in 0..<5 {
            h.type(h.correctLetter)
            h.type("n")
        }
        h.type("s")
        let results = h.type("y")
        let score = try #require(results.firstIndex { $0.hasPrefix("Score: ") })
        let percent = try #require(h.plain.report?.overall.percent)
        #expect(results[score + 1] == PlainText.change(from: 42.4, to: percent))
        #expect(results[score + 2].hasPrefix("Time used: "))
        #expect(PlainText.change(from: 42.4, to: 50) == "Up 8 points since last time (42%).")
        #expect(PlainText.change(from: 70, to: 69) == "Down 1 point since last time (70%).")
        #expect(PlainText.change(from: 60.2, to: 60) == "Same score as last time (60%).")
        // Without an earlier attempt there is no such line.
        var first = try PlainHarness(.blueprint(bank.blueprint("mini")!, in: bank), bank: bank)
        _ = first.open()
        first.type("s")
        #expect(!first.type("y").contains { $0.contains("last time") })
    }

    @Test("review shows each question with the verdict, explanation and reference, under four filters")
    func reviewing() throws {
        var h = try PlainHarness.exam()
        _ = h.open()
        h.type(h.correctLetter)
        h.type("f")
        h.type("n")
        h.type(h.wrongLetter)
        h.type("s")
        h.type("y")
        let first = h.type("r")
        #expect(first[0] == "Review of incorrect questions: 4 questions. Type n for the next one.")
        #expect(first[1] == "Review 1 of 4.")
        #expect(first[2].hasPrefix("Question 2 of 5."))
        #expect(first.contains { $0.hasPrefix("Incorrect: you chose ") })
        #expect(first.contains { $0.hasPrefix("Reference: Test rule ") })
        #expect(first.contains { $0.contains("(correct answer)") })
        #expect(h.plain.prompt == "Review 1 of 4> ")
        #expect(h.type("n")[1].hasPrefix("Question 3 of 5."))
        #expect(h.type("n").contains { $0.hasPrefix("Not answered: the answer is ") })
        #expect(h.type("r flagged")[0] == "Review of flagged questions: 1 question. Type n for the next one.")
        #expect(h.type("r").contains { $0.hasPrefix("Correct: ") })
        #expect(h.type("r unanswered")[0] == "Review of unanswered questions: 3 questions. Type n for the next one.")
        #expect(h.type("g 1") == ["Question 1 is not among the unanswered questions; type r all to review every", "question."])
        #expect(h.type("r all")[0] == "Review of all questions: 5 questions. Type n for the next one.")
        #expect(h.type("g 4")[0] == "Review 4 of 5.")
        #expect(h.type("b") == ["The session is submitted; answers can no longer change. Type h for help."])
        #expect(h.type("s")[0] == "Results: Custom exam.")
        h.type("q")
        #expect(h.plain.isFinished)
    }

    @Test("time is told on t, and 30, 5 and 1 minutes left are announced once, at the next reply")
    func timeAnnouncements() throws {
        var h = try PlainHarness.exam(count: 5, minutes: 40)
        _ = h.open()
        #expect(h.type("t") == ["39 minutes 59 seconds left of 40 minutes. 0 of 5 answered. On pace."])
        _ = h.tick(advance: 700)
        #expect(h.type("f") == ["30 minutes left.", "Question 1 flagged."])
        #expect(h.type("f") == ["Question 1 no longer flagged."])
        // 5 and 1 minutes both passed while away: only the more urgent one is said.
        #expect(h.type("t", advance: 1_660).first == "1 minute left.")
        #expect(h.type("t") == ["36 seconds left of 40 minutes. 0 of 5 answered. 39 minutes 24 seconds behind", "pace."])
    }

    @Test("ticks save the clock every few seconds and submit when the time runs out")
    func ticking() throws {
        var h = try PlainHarness.exam(count: 5, minutes: 1)
        _ = h.open()
        #expect(h.tick(advance: 3).isEmpty)
        #expect(h.effects.isEmpty)
        _ = h.tick(advance: 3)
        #expect(h.effects.count == 1)
        if case .save(let changes, _, _) = h.effects.first { #expect(changes == [.timer]) }
        let lines = h.tick(advance: 60)
        #expect(lines.first == "Time is up: the exam was submitted automatically.")
        #expect(h.session.isSubmitted)
        #expect(h.session.elapsed(at: h.now) == 60)
        guard case .submit = h.effects.first else {
            Issue.record("no submit: \(h.effects)")
            return
        }
        #expect(h.plain.phase == .results)
    }

    @Test("a command typed after the time ran out is not applied: the exam is submitted instead")
    func lateCommand() throws {
        var h = try PlainHarness.exam(count: 5, minutes: 1)
        _ = h.open()
        let lines = h.type("b", advance: 90)
        #expect(lines.first == "Time is up: the exam was submitted automatically.")
        #expect(h.session.responses[0].choice == nil)
    }

    @Test("q and end of input pause and save with the time left; the session resumes from there")
    func pauseAndResume() throws {
        var h = try PlainHarness.exam()
        _ = h.open()
        h.type("b")
        h.type("n", advance: 29)
        #expect(h.type("q") == ["Paused and saved at question 2 of 5 with 9 minutes 29 seconds left.", "Resume with: mmprep resume --plain"])
        #expect(h.plain.isFinished)
        guard case .save(let changes, let saved, _) = h.effects.first else {
            Issue.record("no save: \(h.effects)")
            return
        }
        #expect(changes.contains(.timer))
        #expect(saved.phase == .suspended)

        let reloaded = ExamSession(spec: saved.spec, items: saved.items, responses: saved.responses, current: saved.current,
                                   elapsed: saved.elapsed(at: 0), submitted: false)
        var resumed = PlainHarness(session: reloaded, now: 50_000)
        let lines = resumed.open()
        #expect(lines[0] == "Resuming Custom exam: 1 of 5 answered, 9 minutes 29 seconds left.")
        #expect(lines.contains { $0.hasPrefix("Question 2 of 5.") })
        #expect(resumed.session.phase == .running)
        if case .save(let changes, _, _) = resumed.effects.first { #expect(changes == [.timer]) }

        var ended = try PlainHarness.exam()
        _ = ended.open()
        let stop = ended.plain.stop(at: ended.now + 5)
        #expect(stop.lines == ["Paused and saved at question 1 of 5 with 9 minutes 55 seconds left.", "Resume with: mmprep resume --plain"])
        #expect(ended.plain.isFinished)
        #expect(stop.effects.count == 1)
    }

    @Test("a submitted session opens on its results")
    func submittedOpensResults() throws {
        var h = try PlainHarness.exam()
        _ = h.open()
        h.type("s")
        h.type("y")
        let saved = h.session
        let reloaded = ExamSession(spec: saved.spec, items: saved.items, responses: saved.responses, current: 0,
                                   elapsed: saved.elapsed(at: 0), submitted: true)
        var again = PlainHarness(session: reloaded, now: 9_000)
        #expect(again.open()[0] == "Results: Custom exam.")
        #expect(again.plain.phase == .results)
    }

    @Test("tutor mode checks each answer at once with the explanation; q in a drill shows the summary")
    func tutor() throws {
        var h = try PlainHarness.exam(count: 3, minutes: 0, mode: .tutor, kind: .drill)
        let opening = h.open()
        #expect(opening[0] == "Custom exam: 3 questions, tutor mode: each answer is checked at once.")
        let verdict = h.type(h.correctLetter)
        #expect(verdict[0] == "Correct: \(h.correctLetter.uppercased()).")
        #expect(verdict[1].hasPrefix("Option "))
        #expect(verdict.contains { $0.hasPrefix("Reference: ") })
        #expect(verdict.last == "1 of 1 correct so far. Type n for the next question.")
        #expect(h.type("a") == ["Question 1 is already checked. Type n for the next question."])
        #expect(h.type("x b") == ["Question 1 is already checked; nothing to strike out."])
        h.type("n")
        let wrong = h.type(h.wrongLetter)
        #expect(wrong[0].hasPrefix("Incorrect: you chose \(h.wrongLetter.uppercased()); the answer is "))
        #expect(wrong.last == "1 of 2 correct so far. Type n for the next question.")
        #expect(h.type("t") == ["Untimed. Time used: 6 seconds. 2 of 3 answered."])
        let summary = h.type("q")
        #expect(summary[0] == "Summary: Custom exam.")
        #expect(summary[1] == "Score: 1 of 3 correct (33%).")
        #expect(h.plain.phase == .results)
    }

    @Test("an adaptive drill asks for each question as it goes and ends with its summary when none is left")
    func adaptiveDrill() throws {
        var spec = ExamSpec(title: "Drill: Alpha Law", kind: .drill, mode: .tutor,
                            shares: [ExamShare(key: "alpha", count: 0, domains: ["alpha"])], timeLimit: nil, passPercent: 70)
        spec.adaptive = true
        var h = PlainHarness(session: ExamSession(spec: spec, items: [], now: 1_000), now: 1_000)
        let opening = h.open()
        #expect(opening[0] == "Drill: Alpha Law: one question at a time until you stop, tutor mode: each answer")
        #expect(!opening.contains { $0.hasPrefix("Question ") })
        #expect(h.effects.count == 1)
        guard case .chooseNextQuestion = h.effects.first else {
            Issue.record("no choice asked: \(h.effects)")
            return
        }
        let item = ExamItem(questionID: "a-1", domain: "alpha", shareKey: "alpha", choiceOrder: [0, 1, 2, 3])
        let first = h.plain.appendChosen(item, at: 1_001)
        #expect(first.lines[0] == "Question 1 of 1. Alpha Law, Topic one.")
        guard case .appendQuestion(let changes, _, attemptID: 1) = first.effects.first else {
            Issue.record("no append: \(first.effects)")
            return
        }
        #expect(changes.contains(.response(0)))
        let verdict = h.type("a")
        #expect(verdict[0] == "Correct: A.")
        #expect(verdict.last == "1 of 1 correct so far. Type n for the next question.")
        #expect(h.type("n").isEmpty)
        guard case .chooseNextQuestion = h.effects.first else {
            Issue.record("no choice asked: \(h.effects)")
            return
        }
        let end = h.plain.appendChosen(nil, at: 1_010)
        #expect(end.lines[0] == "That was the last question of this drill.")
        #expect(end.lines[1] == "Summary: Drill: Alpha Law.")
        guard case .submit = end.effects.first else {
            Issue.record("no submit: \(end.effects)")
            return
        }
        #expect(h.plain.phase == .results)
    }

    @Test("help lists the commands of the phase")
    func help() throws {
        var h = try PlainHarness.exam()
        _ = h.open()
        let lines = h.type("h")
        #expect(lines[0] == "Commands (type one, then press Enter):")
        for command in ["a to e, or 1 to 5: ", "g 12: ", "x b: ", "f: ", "l: ", "t: ", "s: ", "clear: ", "q: pause and save"] {
            #expect(lines.contains { $0.hasPrefix(command) }, "no \(command)")
        }
        #expect(h.type("?") == lines)
        h.type("s")
        h.type("y")
        #expect(h.type("h").contains { $0.hasPrefix("r all, r incorrect, r flagged, r unanswered: ") })
    }

    @Test("bank text and typed text never reach the output as controls, and lines fit the width")
    func hostileText() throws {
        let yaml = """
            domain: alpha
            questions:
              - id: evil-1
                topic: "Evil \\e[2J topic"
                difficulty: 1
                stem: "Clear \\e[2J\\e]0;title\\a screen \\u202Eevil\\u202C and a very long stem that has to wrap at forty columns here?"
                choices:
                  - text: "\\e[31mred\\e[0m"
                    correct: true
                  - text: "\\u009B C1 choice"
                explanation: Text from a bank may hold anything; plain mode must print it inert.
                reference: Test
            """
        let bank = BankLoader.parse(files: [("d.yaml", SampleBank.domainsYAML), ("evil.yaml", yaml)]).bank
        var spec = ExamSpec.custom(count: 1, minutes: nil, domains: [], mode: .tutor, in: bank)
        spec.questionIDs = ["evil-1"]
        var h = try PlainHarness(spec, bank: bank, width: 40)
        var lines = h.open() + h.type("a") + h.type("\u{1B}[2J oops") + h.type("s") + h.type("y") + h.type("r all")
        lines.append(h.plain.prompt)
        for line in lines {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
            #expect(TextWidth.columns(of: line) <= 40, "too wide: \(line)")
        }
        #expect(lines.contains { $0.contains("␛[2J") })
    }
}

extension PlainHarness {
    /// "Domain, topic." of the question at `index`, as its heading prints it.
    func headingTail(_ index: Int) -> String {
        let question = plain.bank.question(session.items[index].questionID)!
        return "\(plain.bank.domainName(question.domain)), \(question.topic)."
    }
}
