import ExamEngine
import QuestionBank
import Testing
import TestSupport

/// A five-question session over alpha with a known choice order for each item.
func makeSession(mode: ExamMode = .exam, limit: Double? = 600, now: Double = 100) -> (ExamSession, Bank) {
    let bank = SampleBank.standard()
    let items = (1...5).map { ExamItem(questionID: "a-\($0)", domain: "alpha", shareKey: "alpha", choiceOrder: [3, 2, 1, 0]) }
    let spec = ExamSpec(title: "T", kind: mode == .exam ? .exam : .practice, mode: mode, shares: [ExamShare(key: "alpha", count: 5, domains: ["alpha"])],
                        timeLimit: limit, passPercent: 60)
    return (ExamSession(spec: spec, items: items, now: now), bank)
}

@Suite("Session state machine")
struct SessionTests {
    @Test("answer stores the written choice behind the display position")
    func answer() {
        var (s, _) = makeSession()
        #expect(s.answer(displayPosition: 0, at: 105) == [.response(0)])
        #expect(s.currentResponse.choice == 3)
        #expect(s.answeredCount == 1)
        #expect(s.currentResponse.timeSpent == 5)
    }

    @Test("changing an answer counts the change; clearing too")
    func change() {
        var (s, _) = makeSession()
        s.answer(displayPosition: 0, at: 101)
        s.answer(displayPosition: 0, at: 102)
        #expect(s.currentResponse.changeCount == 0)
        s.answer(displayPosition: 2, at: 103)
        #expect(s.currentResponse.choice == 1 && s.currentResponse.changeCount == 1)
        #expect(s.clearAnswer(at: 104) == [.response(0)])
        #expect(s.currentResponse.choice == nil && s.currentResponse.changeCount == 2)
        #expect(s.clearAnswer(at: 105) == [])
    }

    @Test("flag toggles; strike out and restore a choice; answering a struck choice un-strikes it")
    func flagAndStrike() {
        var (s, _) = makeSession()
        s.toggleFlag(at: 100)
        #expect(s.currentResponse.flagged && s.flaggedIndices == [0])
        s.toggleFlag(at: 100)
        #expect(!s.currentResponse.flagged)
        s.toggleStrike(displayPosition: 1, at: 100)
        #expect(s.currentResponse.struck == [2])
        s.toggleStrike(displayPosition: 1, at: 100)
        #expect(s.currentResponse.struck.isEmpty)
        s.toggleStrike(displayPosition: 3, at: 100)
        s.answer(displayPosition: 3, at: 100)
        #expect(s.currentResponse.struck.isEmpty && s.currentResponse.choice == 0)
        #expect(s.toggleStrike(displayPosition: 9, at: 100) == [])
    }

    @Test("next, previous and go to n move within bounds and record time per question")
    func navigate() {
        var (s, _) = makeSession()
        #expect(s.previous(at: 100) == [])
        #expect(s.next(at: 110) == [.response(0), .response(1), .position])
        #expect(s.current == 1 && s.responses[0].timeSpent == 10 && s.responses[1].visited)
        s.go(to: 4, at: 115)
        #expect(s.current == 4 && s.responses[1].timeSpent == 5)
        #expect(s.next(at: 116) == [])
        #expect(s.go(to: -1, at: 116) == [])
        s.previous(at: 120)
        #expect(s.current == 3 && s.responses[4].timeSpent == 5)
        #expect(!s.responses[2].visited)
    }

    @Test("time remaining runs only while running; suspend and resume keep it")
    func timing() {
        var (s, _) = makeSession(limit: 600, now: 0)
        #expect(s.remaining(at: 100) == 500)
        s.suspend(at: 100)
        #expect(s.phase == .suspended)
        #expect(s.remaining(at: 5000) == 500)
        #expect(s.answer(displayPosition: 0, at: 5000) == [])
        s.resume(at: 5000)
        #expect(s.remaining(at: 5050) == 450)
        #expect(s.elapsed(at: 5050) == 150)
    }

    @Test("the timer submits automatically at zero and not before")
    func autoSubmit() {
        var (s, _) = makeSession(limit: 60, now: 0)
        #expect(s.tick(at: 59) == [])
        #expect(s.tick(at: 61) == [.response(0), .timer, .submitted])
        #expect(s.isSubmitted)
        #expect(s.elapsed(at: 1000) == 60)
        #expect(s.answer(displayPosition: 0, at: 1000) == [])
    }

    @Test("warnings are crossed once at 30 and 5 minutes")
    func warnings() {
        var (s, _) = makeSession(limit: 3600, now: 0)
        #expect(s.warningsCrossed([1800, 300], from: 1700, to: 1801) == [1800])
        #expect(s.warningsCrossed([1800, 300], from: 1801, to: 1900) == [])
        #expect(s.warningsCrossed([1800, 300], from: 3200, to: 3400) == [300])
        s.submit(at: 10)
        #expect(s.submit(at: 11) == [])
    }

    @Test("an untimed session has no remaining time and never auto-submits")
    func untimed() {
        var (s, _) = makeSession(limit: nil)
        #expect(s.remaining(at: 1_000_000) == nil)
        #expect(s.tick(at: 1_000_000) == [])
        #expect(s.paceDelta(at: 10) == nil)
    }

    @Test("pace compares answered questions with the even share of time")
    func pace() {
        var (s, _) = makeSession(limit: 500, now: 0)
        s.answer(displayPosition: 0, at: 50)
        // One answer is worth 100 s of pace; 50 s used: 50 s ahead.
        #expect(s.paceDelta(at: 50) == 50)
        #expect(s.paceDelta(at: 150) == -50)
    }

    @Test("tutor mode locks the first answer and reveals it")
    func tutor() {
        var (s, _) = makeSession(mode: .tutor, limit: nil)
        #expect(!s.revealsCurrent)
        s.answer(displayPosition: 1, at: 100)
        #expect(s.currentResponse.locked && s.revealsCurrent)
        #expect(s.answer(displayPosition: 2, at: 101) == [])
        #expect(s.clearAnswer(at: 101) == [])
        #expect(s.currentResponse.choice == 2)
        s.toggleFlag(at: 102)
        #expect(s.currentResponse.flagged)
    }

    @Test("unsure marks toggle")
    func unsure() {
        var (s, _) = makeSession()
        s.toggleUnsure(at: 1)
        #expect(s.currentResponse.unsure)
    }

    @Test("a restored session is suspended where it was, with its time")
    func restore() {
        var (s, _) = makeSession(limit: 600, now: 0)
        s.answer(displayPosition: 0, at: 10)
        s.go(to: 2, at: 20)
        let restored = ExamSession(spec: s.spec, items: s.items, responses: s.responses, current: 2, elapsed: s.elapsed(at: 30), submitted: false)
        #expect(restored.phase == .suspended && restored.current == 2)
        #expect(restored.remaining(at: 9999) == 570)
        var resumed = restored
        resumed.resume(at: 9999)
        #expect(resumed.remaining(at: 10009) == 560)
    }
}

@Suite("Adaptive sessions grow one question at a time")
struct AdaptiveSessionTests {
    @Test("append adds and moves to the new question; only adaptive, running sessions grow; no repeats")
    func append() {
        let item = { (id: String) in ExamItem(questionID: id, domain: "alpha", shareKey: "alpha", choiceOrder: [0, 1, 2, 3]) }
        var spec = ExamSpec(title: "Drill", kind: .drill, mode: .tutor, shares: [], timeLimit: nil, passPercent: 70)
        spec.adaptive = true
        var s = ExamSession(spec: spec, items: [], now: 0)
        #expect(s.wantsAnotherQuestion)
        #expect(s.append(item("a-1"), at: 1) == [.response(0), .position])
        #expect(s.count == 1 && s.current == 0 && s.responses[0].visited)
        s.answer(displayPosition: 0, at: 5)
        #expect(s.wantsAnotherQuestion)
        #expect(s.append(item("a-2"), at: 6) == [.response(0), .response(1), .position])
        #expect(s.current == 1 && s.responses[0].timeSpent == 5)
        #expect(s.append(item("a-1"), at: 7) == [])
        s.previous(at: 8)
        #expect(!s.wantsAnotherQuestion)

        var (fixed, _) = makeSession()
        #expect(fixed.append(item("a-9"), at: 1) == [])
    }
}

@Suite("Ending an adaptive drill")
struct AdaptiveEndTests {
    @Test("the unanswered question on screen is dropped before the summary")
    func dropLast() {
        var spec = ExamSpec(title: "Drill", kind: .drill, mode: .tutor, shares: [], timeLimit: nil, passPercent: 70)
        spec.adaptive = true
        var s = ExamSession(spec: spec, items: [], now: 0)
        s.append(ExamItem(questionID: "a-1", domain: "alpha", shareKey: "alpha", choiceOrder: [0, 1]), at: 0)
        s.answer(displayPosition: 0, at: 1)
        s.append(ExamItem(questionID: "a-2", domain: "alpha", shareKey: "alpha", choiceOrder: [0, 1]), at: 2)
        s.dropUnansweredLast()
        #expect(s.count == 1 && s.current == 0 && s.answeredCount == 1)
        s.dropUnansweredLast()
        #expect(s.count == 1)
    }
}
