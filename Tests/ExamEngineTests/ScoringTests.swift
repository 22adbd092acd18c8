import ExamEngine
import QuestionBank
import Testing
import TestSupport

@Suite("Scoring")
struct ScoringTests {
    @Test("raw, percent, pass/fail, unanswered as wrong, time used and per question")
    func report() {
        var (s, bank) = makeSession(limit: 600, now: 0)
        // a-1 correct index 0 (display 3), a-2 correct 1 (display 2), a-3 correct 2 (display 1).
        s.answer(displayPosition: 3, at: 10)
        s.next(at: 10)
        s.answer(displayPosition: 2, at: 30)
        s.next(at: 30)
        s.answer(displayPosition: 0, at: 40)
        s.toggleFlag(at: 40)
        s.submit(at: 100)
        let r = ExamScorer.report(s, bank: bank, now: 500)
        #expect(r.overall.correct == 2 && r.overall.total == 5)
        #expect(r.overall.percent == 40)
        #expect(!r.passed)
        #expect(r.unanswered == [3, 4])
        #expect(r.incorrect == [2])
        #expect(r.flagged == [2])
        #expect(r.timeUsed == 100)
        #expect(r.timePerQuestion == [10, 20, 70, 0, 0])
        #expect(r.averageTimePerQuestion == 20)
        #expect(r.byShare == [ScoreLine(key: "alpha", name: "Alpha Law", correct: 2, total: 5)])
        #expect(r.byDomain.map(\.name) == ["Alpha Law"])
    }

    @Test("a perfect blueprint exam passes with a line per share")
    func pass() throws {
        let bank = SampleBank.standard()
        let spec = ExamSpec.blueprint(bank.blueprint("mini")!, in: bank)
        var s = ExamSession(spec: spec, items: try ExamAssembler.assemble(spec, from: bank, seed: 9), now: 0)
        for index in 0..<s.count {
            s.go(to: index, at: 0)
            let q = bank.question(s.currentItem.questionID)!
            s.answer(displayPosition: s.currentItem.displayPosition(ofChoice: q.correctIndex)!, at: 0)
        }
        s.submit(at: 60)
        let r = ExamScorer.report(s, bank: bank, now: 60)
        #expect(r.passed && r.overall.percent == 100)
        #expect(r.byShare.map(\.key) == ["Compliance", "Finance", "Personnel"])
        #expect(r.byShare.map(\.total) == [5, 3, 2])
        #expect(r.byDomain.map(\.key) == ["alpha", "beta", "gamma"])
    }
}
