import ExamEngine
import ExamStore
import Foundation
import QuestionBank
import Testing
import TestSupport

@Suite("Progress store")
struct ExamStoreTests {
    let bank = SampleBank.standard()

    func started(_ store: ExamStore, limit: Double? = 600) throws -> (ExamSession, Int64) {
        var spec = ExamSpec.blueprint(bank.blueprint("mini")!, in: bank)
        spec.timeLimit = limit
        let session = ExamSession(spec: spec, items: try ExamAssembler.assemble(spec, from: bank, seed: 11), now: 0)
        let id = try store.createAttempt(session, bank: bank, seed: 11, wallTime: Date(timeIntervalSince1970: 1_000))
        return (session, id)
    }

    @Test("migrations create the schema on a new file, in WAL mode, and reopen cleanly")
    func migrations() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/sub/progress.sqlite"
        let store = try ExamStore(path: path)
        _ = try started(store)
        #expect(try store.journalMode() == "wal")
        #expect(try store.appliedMigrations() == ["v1", "v2", "v3", "v4", "v5"])
        let again = try ExamStore(path: path)
        #expect(try again.attempts().count == 1)
    }

    @Test("each answer and flag is visible to a second connection at once (crash safety)")
    func crashSafety() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/progress.sqlite"
        let store = try ExamStore(path: path)
        var (session, id) = try started(store)
        let changes = session.answer(displayPosition: 1, at: 5)
        try store.save(changes, of: session, attempt: id, now: 5, wallTime: Date(timeIntervalSince1970: 1_005))
        try store.save(session.toggleFlag(at: 6), of: session, attempt: id, now: 6, wallTime: Date(timeIntervalSince1970: 1_006))

        let observer = try ExamStore(path: path)
        let seen = try observer.loadSession(id)
        #expect(seen.responses[0].choice == session.responses[0].choice)
        #expect(seen.responses[0].flagged)
        #expect(try observer.answers().count == 1)
        #expect(try observer.answers()[0].answeredAt == 1_005)
    }

    @Test("an interrupted exam resumes at its question with the remaining time of the last save")
    func resume() throws {
        let store = try ExamStore.inMemory()
        var (session, id) = try started(store, limit: 600)
        try store.save(session.answer(displayPosition: 0, at: 3), of: session, attempt: id, now: 3, wallTime: .init())
        try store.save(session.go(to: 4, at: 10), of: session, attempt: id, now: 10, wallTime: .init())
        session.toggleStrike(displayPosition: 2, at: 12)
        try store.save([.response(4)], of: session, attempt: id, now: 12, wallTime: .init())
        try store.checkpoint(session, attempt: id, now: 17, wallTime: .init())
        // The process dies here: the session value is lost.
        var restored = try store.loadSession(id)
        #expect(restored.phase == .suspended)
        #expect(restored.current == 4)
        #expect(restored.remaining(at: 0) == 583)
        #expect(restored.responses[4].struck == session.responses[4].struck)
        #expect(restored.items == session.items)
        #expect(restored.spec == session.spec)
        restored.resume(at: 50)
        #expect(restored.remaining(at: 60) == 573)
        #expect(try store.resumableAttempts().map(\.id) == [id])
    }

    @Test("submit stores the score; history lists it; previous score of the blueprint")
    func submitAndHistory() throws {
        let store = try ExamStore.inMemory()
        var (first, firstID) = try started(store)
        first.submit(at: 30)
        try store.submit(first, report: ExamScorer.report(first, bank: bank, now: 30), attempt: firstID, now: 30, wallTime: Date(timeIntervalSince1970: 2_000))

        var (second, secondID) = try started(store)
        for index in 0..<second.count {
            second.go(to: index, at: 0)
            let q = bank.question(second.currentItem.questionID)!
            try store.save(second.answer(displayPosition: second.currentItem.displayPosition(ofChoice: q.correctIndex)!, at: 1), of: second, attempt: secondID, now: 1, wallTime: Date(timeIntervalSince1970: 3_000))
        }
        second.submit(at: 40)
        let report = ExamScorer.report(second, bank: bank, now: 40)
        try store.submit(second, report: report, attempt: secondID, now: 40, wallTime: Date(timeIntervalSince1970: 3_100))

        let history = try store.attempts()
        #expect(history.map(\.id) == [secondID, firstID])
        #expect(history[0].scorePercent == 100 && history[0].passed == true && history[0].answeredCount == 10)
        #expect(history[1].scorePercent == 0 && history[1].passed == false)
        #expect(history[0].elapsed == 40)
        #expect(try store.previousScore(blueprintID: "mini", before: secondID) == 0)
        #expect(try store.previousScore(blueprintID: "mini", before: firstID) == nil)
        #expect(try store.resumableAttempts().isEmpty)
        #expect(try store.lastSeen().count == 10)
        #expect(try store.answers().allSatisfy(\.correct))
    }

    @Test("missed and flagged questions: latest answer wrong, flagged anywhere")
    func missed() throws {
        let store = try ExamStore.inMemory()
        var (s, id) = try started(store)
        let q0 = bank.question(s.items[0].questionID)!
        let wrong = (q0.correctIndex + 1) % 4
        try store.save(s.answer(displayPosition: s.items[0].displayPosition(ofChoice: wrong)!, at: 1), of: s, attempt: id, now: 1, wallTime: Date(timeIntervalSince1970: 10))
        s.next(at: 2)
        try store.save(s.toggleFlag(at: 2), of: s, attempt: id, now: 2, wallTime: Date(timeIntervalSince1970: 11))
        #expect(try store.missedQuestionIDs() == [q0.id])
        #expect(try store.flaggedQuestionIDs() == [s.items[1].questionID])
        // Answering it right later removes it from the missed list.
        var (t, tid) = try started(store)
        let position = t.items.firstIndex { $0.questionID == q0.id }!
        t.go(to: position, at: 0)
        try store.save(t.answer(displayPosition: t.items[position].displayPosition(ofChoice: q0.correctIndex)!, at: 1), of: t, attempt: tid, now: 1, wallTime: Date(timeIntervalSince1970: 20))
        #expect(try store.missedQuestionIDs() == [])
    }

    @Test("abandon removes an attempt from the resume list but keeps its answers")
    func abandon() throws {
        let store = try ExamStore.inMemory()
        var (s, id) = try started(store)
        try store.save(s.answer(displayPosition: 0, at: 1), of: s, attempt: id, now: 1, wallTime: Date(timeIntervalSince1970: 5))
        try store.abandon(attempt: id, wallTime: Date(timeIntervalSince1970: 6))
        #expect(try store.resumableAttempts().isEmpty)
        #expect(try store.answers().count == 1)
    }

    @Test("a file that is not a database gives a one-line error naming it, and is left alone")
    func corrupt() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/progress.sqlite"
        let junk = String(repeating: "not a database ", count: 400)
        try junk.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try ExamStore(path: path)
        } throws: { error in
            "\(error)".hasPrefix("\(path): not a valid mmprep progress file")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == junk)
    }
}
