import ExamApp
import ExamEngine
import TerminalUI
import Testing
import TestSupport

@Suite("Keymap: one table dispatches, hints and helps")
struct KeymapTests {
    @Test("no key is bound twice in one context, so the table is exactly what dispatch does", arguments: KeyContext.allCases)
    func noShadowedKeys(_ context: KeyContext) {
        var seen: [Key: Action] = [:]
        for binding in Keymap.bindings(context) {
            for key in binding.keys {
                #expect(seen[key] == nil, "\(key) bound twice in \(context)")
                seen[key] = binding.action
                #expect(Keymap.action(for: key, in: context) == binding.action)
            }
        }
    }

    @Test("the help overlay lists every binding of the screen under it")
    func helpMatchesTable() {
        var d = AppDriver(width: 120, height: 40)
        d.startMini()
        d.press(.char("?"))
        let text = d.text
        for binding in Keymap.bindings(.exam) where binding.action != .help {
            #expect(text.contains(binding.help), "help lacks: \(binding.help)")
        }
        d.press(.escape)
        #expect(d.state.overlay == nil)
    }

    @Test("the footer shows the context's hints")
    func footer() {
        var d = AppDriver(width: 120, height: 40)
        d.startMini()
        #expect(d.screen.last?.contains("f flag  x strike  g go to") == true)
    }
}

@Suite("Update: every exam binding")
struct ExamBindingTests {
    @Test("A-E and 1-5 answer the question and save the response")
    func answerKeys() {
        for (key, position) in [(Key.char("a"), 0), (.char("B"), 1), (.char("3"), 2), (.char("d"), 3), (.char("1"), 0)] {
            var d = AppDriver()
            d.startMini()
            let effects = d.press(key)
            let session = d.state.exam!.session
            #expect(session.currentResponse.choice == session.currentItem.choiceOrder[position])
            #expect(effects.contains { if case .save([.response(0)], _, 1) = $0 { true } else { false } })
        }
    }

    @Test("arrows, n/p and [ ] move; moving past the last question asks to submit")
    func movement() {
        var d = AppDriver()
        d.startMini()
        d.press(.right, .char("n"), .char("]"))
        #expect(d.state.exam!.session.current == 3)
        d.press(.left, .char("p"), .char("["))
        #expect(d.state.exam!.session.current == 0)
        d.state.exam!.session.go(to: 9, at: d.now)
        d.press(.right)
        #expect(d.state.overlay == .submitConfirm)
    }

    @Test("f flags, u marks unsure, Backspace and 0 clear")
    func flagUnsureClear() {
        var d = AppDriver()
        d.startMini()
        d.press(.char("f"))
        #expect(d.state.exam!.session.currentResponse.flagged)
        d.press(.char("u"))
        #expect(d.state.exam!.session.currentResponse.unsure)
        d.press(.char("a"), .backspace)
        #expect(d.state.exam!.session.currentResponse.choice == nil)
        d.press(.char("a"), .char("0"))
        #expect(d.state.exam!.session.currentResponse.choice == nil)
    }

    @Test("x then a letter strikes and restores; x then another key cancels")
    func strike() {
        var d = AppDriver()
        d.startMini()
        d.press(.char("x"))
        #expect(d.state.exam!.awaitingStrike)
        #expect(d.text.contains("strike: A–E?"))
        d.press(.char("b"))
        let session = d.state.exam!.session
        #expect(session.currentResponse.struck == [session.currentItem.choiceOrder[1]])
        #expect(session.currentResponse.choice == nil)
        d.press(.char("x"), .char("b"))
        #expect(d.state.exam!.session.currentResponse.struck.isEmpty)
        d.press(.char("x"), .escape)
        #expect(!d.state.exam!.awaitingStrike)
        #expect(d.state.exam!.session.currentResponse.struck.isEmpty)
    }

    @Test("t hides and shows the timer; arrows scroll a long question")
    func timerAndScroll() {
        var d = AppDriver()
        d.startMini()
        #expect(d.text.contains("⏱ 20:00"))
        d.press(.char("t"))
        #expect(d.text.contains("⏱ hidden (t)"))
        d.press(.char("t"))
        #expect(!d.text.contains("hidden"))
        d.press(.down)
        #expect(d.state.exam!.scroll == 3)
        d.press(.up, .pageUp)
        #expect(d.state.exam!.scroll == 0)
    }

    @Test("q pauses: the clock stops, the response is saved, home offers to resume")
    func pause() {
        var d = AppDriver()
        d.startMini()
        d.press(.char("a"))
        let effects = d.press(.char("q"), advance: 30)
        #expect(d.state.screen == .home)
        #expect(d.state.exam == nil)
        guard case .save(_, let session, 1)? = effects.first else {
            Issue.record("no save effect")
            return
        }
        #expect(session.phase == .suspended)
        #expect(abs((session.remaining(at: 999_999) ?? 0) - 1169) < 1e-6)
        #expect(effects.contains(.loadHome))
    }

    @Test("the resumed attempt continues with its saved time")
    func resume() {
        var d = AppDriver()
        d.startMini()
        let effects = d.press(.char("q"), advance: 100)
        guard case .save(_, let saved, _)? = effects.first else { return }
        d.send(.attemptLoaded(saved, attemptID: 1), advance: 5000)
        #expect(d.state.screen == .exam)
        #expect(d.state.exam!.session.phase == .running)
        #expect(d.state.exam!.session.remaining(at: d.now) == 1100)
    }

    @Test("s opens the submit confirmation; n keeps working; y submits and scores")
    func submit() {
        var d = AppDriver()
        d.startMini()
        d.press(.char("s"))
        #expect(d.state.overlay == .submitConfirm)
        #expect(d.text.contains("10 unanswered"))
        d.press(.char("n"))
        #expect(d.state.overlay == nil)
        d.press(.char("a"))
        d.press(.char("s"), .char("g"))
        #expect(d.state.overlay == .navigator)
        d.press(.escape, .char("s"))
        let effects = d.press(.char("y"))
        #expect(d.state.screen == .results)
        #expect(effects.contains { if case .submit = $0 { true } else { false } })
        #expect(effects.contains(.loadPreviousScore(blueprintID: "mini", before: 1)))
        #expect(d.state.exam!.report!.overall.total == 10)
    }

    @Test("the timer submits automatically at zero and warns at 5 minutes")
    func timeout() {
        var d = AppDriver()
        d.startMini()
        d.send(.tick, advance: 1200 - 301)
        d.send(.tick, advance: 2)
        #expect(d.state.message?.text == "5 minutes left")
        d.send(.tick, advance: 400)
        #expect(d.state.screen == .results)
        #expect(d.text.contains("Time is up"))
    }

    @Test("ticks save a checkpoint at least every 5 seconds")
    func checkpoints() {
        var d = AppDriver()
        d.startMini()
        var saves = 0
        for _ in 0..<20 {
            saves += d.send(.tick, advance: 1).filter { if case .save([.timer], _, _) = $0 { true } else { false } }.count
        }
        #expect(saves == 4)
    }

    @Test("Ctrl-C and termination signals save the running exam and quit")
    func terminate() {
        var d = AppDriver()
        d.startMini()
        d.press(.char("b"))
        let effects = d.press(.ctrl("c"))
        #expect(d.state.isFinished)
        #expect(effects.last == .quit)
        guard case .save(_, let session, _)? = effects.first else { Issue.record("no save"); return }
        #expect(session.phase == .suspended && session.answeredCount == 1)
    }
}

@Suite("Update: tutor, navigator, review and the other screens")
struct ScreenBindingTests {
    @Test("tutor mode reveals the verdict and locks the answer")
    func tutor() {
        var d = AppDriver()
        d.startMini(mode: .tutor)
        let right = d.correctPosition
        d.press(.char(Character(String(UnicodeScalar(UInt8(97 + right))))))
        #expect(d.text.contains("✓ Correct"))
        #expect(d.text.contains("Reference:"))
        d.press(.char(right == 0 ? "b" : "a"))
        #expect(d.text.contains("locked"))
        d.press(.right, .char(d.correctPosition == 0 ? "b" : "a"))
        #expect(d.text.contains("✗ Incorrect"))
    }

    @Test("navigator: arrows, filters a/u/f, Enter jumps, Esc closes")
    func navigator() {
        var d = AppDriver(width: 100, height: 30)
        d.startMini()
        d.press(.char("a"), .char("f"), .char("g"))
        #expect(d.state.overlay == .navigator)
        d.press(.right, .right)
        #expect(d.state.exam!.navigator.selected == 2)
        d.press(.down)
        #expect(d.state.exam!.navigator.selected == 2 + d.state.navigatorColumns || d.state.navigatorColumns >= 10)
        d.press(.up, .left)
        #expect(d.state.exam!.navigator.selected == 1)
        d.press(.char("f"))
        #expect(d.state.navigatorIndices() == [0])
        d.press(.char("u"))
        #expect(d.state.navigatorIndices() == Array(1..<10))
        d.press(.down, .enter)
        #expect(d.state.overlay == nil)
        #expect(d.state.exam!.session.current > 0)
        d.press(.char("g"), .char("a"), .escape)
        #expect(d.state.overlay == nil)
        d.press(.char("g"), .char("s"))
        #expect(d.state.overlay == .submitConfirm)
    }

    @Test("review: filters and movement; q returns to results, then home")
    func review() {
        var d = AppDriver()
        d.startMini()
        d.press(.char(Character(String(UnicodeScalar(UInt8(97 + d.correctPosition))))), .char("f"), .char("s"), .char("y"))
        d.press(.char("r"))
        #expect(d.state.screen == .review)
        #expect(d.state.review.filter == .incorrect)
        #expect(d.state.reviewIndices().count == 9)
        d.press(.char("a"))
        #expect(d.state.reviewIndices().count == 10)
        d.press(.char("f"))
        #expect(d.state.reviewIndices() == [0])
        d.press(.char("u"))
        #expect(d.state.reviewIndices().count == 9)
        d.press(.char("i"), .right, .char("n"))
        #expect(d.state.review.position == 2)
        d.press(.left)
        #expect(d.state.review.position == 1)
        d.press(.pageDown)
        #expect(d.state.review.scroll == 3)
        d.press(.char("k"))
        #expect(d.state.review.scroll == 0)
        d.press(.char("q"))
        #expect(d.state.screen == .results)
        let effects = d.press(.char("q"))
        #expect(d.state.screen == .home && effects == [.loadHome])
    }

    @Test("home menu: arrows wrap, Enter opens each item, r resumes, 1-3 drill weak topics")
    func home() {
        var d = AppDriver()
        d.send(.homeLoaded(sampleHomeData()))
        d.press(.up)
        #expect(d.state.menuIndex == HomeMenu.items.count - 1)
        d.press(.down, .char("j"))
        #expect(d.state.menuIndex == 1)
        d.press(.char("k"))
        #expect(d.press(.char("r")) == [.loadAttempt(2)])
        let drill = d.press(.char("1"))
        guard case .startExam(let spec)? = drill.first else { Issue.record("no drill"); return }
        #expect(spec.kind == .drill && spec.topic == "Topic one" && spec.shares.map(\.key) == ["beta"] && spec.isAdaptive)
        #expect(d.state.screen == .exam)

        var e = AppDriver()
        e.send(.homeLoaded(HomeData()))
        for (index, item) in HomeMenu.items.enumerated() {
            e.state.screen = .home
            e.state.overlay = nil
            e.state.menuIndex = index
            let effects = e.press(.enter)
            switch item {
            case .timedExam: #expect(e.state.screen == .setup && e.state.setup.mode == .exam)
            case .practice: #expect(e.state.screen == .setup && e.state.setup.mode == .tutor)
            case .drill: #expect(e.state.screen == .drillPicker)
            case .reviewMissed: #expect(effects == [.loadQuestionList(.missed)])
            case .reviewFlagged: #expect(effects == [.loadQuestionList(.flagged)])
            case .history: #expect(e.state.screen == .history && effects == [.loadHistory])
            case .stats: #expect(e.state.screen == .stats)
            case .help: #expect(e.state.overlay == .help)
            case .quit: #expect(e.state.isFinished && effects == [.quit])
            }
        }
    }

    @Test("an empty missed list explains itself; a list starts a review session")
    func reviewMissed() {
        var d = AppDriver()
        d.send(.questionListLoaded(.missed, []))
        #expect(d.state.message?.text.contains("No missed questions") == true)
        d.send(.questionListLoaded(.missed, ["b-3", "a-1"]))
        #expect(d.state.screen == .exam)
        #expect(d.state.exam!.session.items.map(\.questionID) == ["b-3", "a-1"])
        #expect(d.state.exam!.session.spec.kind == .review)
    }

    @Test("setup: fields, values, ticks and start")
    func setup() {
        var d = AppDriver()
        d.press(.enter)
        #expect(d.state.screen == .setup)
        d.press(.left)
        #expect(d.state.setupIsCustom)
        d.press(.down)
        #expect(d.state.setup.field == .count)
        d.press(.right)
        #expect(d.state.setup.count == 25)
        d.press(.char("h"))
        #expect(d.state.setup.count == 20)
        d.press(.char("j"), .char("l"))
        #expect(d.state.setup.minutes == 35)
        d.press(.tab, .char(" "))
        #expect(d.state.setup.domains == ["alpha"])
        d.press(.down, .char(" "), .down, .down)
        #expect(d.state.setup.domains == ["alpha", "beta"])
        #expect(d.state.setup.field == .difficulty)
        d.press(.right)
        #expect(d.state.setup.difficulties == [1])
        d.press(.down, .right)
        #expect(d.state.setup.mode == .tutor)
        d.press(.up, .left)
        let effects = d.press(.enter)
        guard case .startExam(let spec)? = effects.first else { Issue.record("no start"); return }
        #expect(spec.mode == .tutor && spec.difficulties.isEmpty && Set(spec.shares.map(\.key)) == ["alpha", "beta"])
        #expect(d.state.screen == .exam)

        var e = AppDriver()
        e.press(.enter, .escape)
        #expect(e.state.screen == .home)
        e.press(.enter, .char("?"))
        #expect(e.state.overlay == .help)
    }

    @Test("drill picker: domain, topic, back, start")
    func drillPicker() {
        var d = AppDriver()
        d.state.menuIndex = HomeMenu.items.firstIndex(of: .drill)!
        d.press(.enter, .down, .down, .enter)
        #expect(d.state.drill.domainIndex == 2 && d.state.drill.topicIndex == 0)
        d.press(.escape)
        #expect(d.state.drill.topicIndex == nil)
        d.press(.right, .down, .up, .down)
        let effects = d.press(.enter)
        guard case .startExam(let spec)? = effects.first else { Issue.record("no drill"); return }
        #expect(spec.topic == "Topic one" && spec.mode == .tutor && spec.kind == .drill && spec.isAdaptive)
        #expect(spec.shares.map(\.key) == ["beta"])
        // Questions come one at a time, from the chosen topic, never twice.
        #expect(d.state.exam?.session.count == 1)
        for _ in 0..<4 { d.press(.char("a"), .right) }
        let ids = d.state.exam!.session.items.map(\.questionID)
        #expect(ids.count == 5 && Set(ids).count == 5)
        #expect(ids.allSatisfy { d.state.bank.question($0)?.topic == "Topic one" && $0.hasPrefix("b-") })
        #expect(d.text.contains("Question 5") && !d.text.contains("Question 5 of"))
        // q ends a drill with its summary.
        d.press(.char("a"), .char("q"))
        #expect(d.state.screen == .results)
        #expect(d.text.contains("summary"))
        d.press(.char("q"))
        d.press(.char("q"))
        #expect(d.state.isFinished)
    }

    @Test("history: arrows and Enter open an attempt; q goes home")
    func history() {
        var d = AppDriver()
        d.state.menuIndex = HomeMenu.items.firstIndex(of: .history)!
        d.press(.enter)
        d.send(.historyLoaded(sampleHomeData().recent))
        d.press(.down)
        #expect(d.state.history.selected == 1)
        #expect(d.press(.enter) == [.loadAttempt(1)])
        d.press(.up, .char("k"))
        #expect(d.state.history.selected == 0)
        #expect(d.press(.char("q")) == [.loadHome])
    }

    @Test("a submitted attempt opens in review and goes back to history")
    func historyReview() {
        var d = AppDriver()
        d.startMini()
        d.press(.char("s"), .char("y"))
        let session = d.state.exam!.session
        d.state.screen = .history
        d.send(.attemptLoaded(session, attemptID: 1))
        #expect(d.state.screen == .review && d.state.review.filter == .all)
        #expect(d.press(.char("q")) == [.loadHistory])
        #expect(d.state.screen == .history)
    }

    @Test("stats and results keys; a resize re-lays out without losing state")
    func statsAndResize() {
        var d = AppDriver()
        d.state.menuIndex = HomeMenu.items.firstIndex(of: .stats)!
        d.press(.enter)
        d.press(.char("?"))
        #expect(d.state.overlay == .help)
        d.press(.escape)
        #expect(d.press(.escape) == [.loadHome])

        d.startMini()
        d.press(.char("c"), .right)
        d.send(.resize(width: 50, height: 12))
        #expect(d.text.contains("needs a larger terminal"))
        d.press(.char("a"))
        d.send(.resize(width: 132, height: 43))
        #expect(d.state.exam!.session.current == 1 && d.state.exam!.session.answeredCount == 1)
        #expect(d.screen.count <= 43)
    }

    @Test("errors from effects are shown in the footer")
    func failure() {
        var d = AppDriver()
        d.send(.failed("progress.sqlite: the disk is full; nothing was written"))
        #expect(d.screen.last?.contains("✗ progress.sqlite: the disk is full") == true)
    }
}

@Suite("Adaptive drill across every domain")
struct AdaptiveDrillAppTests {
    @Test("the first row of the drill picker drills every domain, one question at a time")
    func allDomains() {
        var d = AppDriver()
        d.state.menuIndex = HomeMenu.items.firstIndex(of: .drill)!
        d.press(.enter)
        let effects = d.press(.enter)
        guard case .startExam(let spec)? = effects.first else { Issue.record("no drill"); return }
        #expect(spec.isAdaptive && spec.shares.map(\.key) == ["alpha", "beta", "gamma"] && spec.topic == nil)
        for _ in 0..<9 {
            d.press(.char(Character(String(UnicodeScalar(UInt8(97 + d.correctPosition))))), .right)
        }
        let domains = Set(d.state.exam!.session.items.map(\.domain))
        // Right answers raise a domain's estimate, so the drill moves on to the less known ones.
        #expect(domains == ["alpha", "beta", "gamma"])
        d.press(.char("s"), .char("y"))
        #expect(d.state.screen == .results)
    }
}
