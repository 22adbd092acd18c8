import ExamEngine
import ExamStore
import Foundation
import Testing
import TestSupport

/// Progress files written by earlier versions open, migrate and keep every row.
///
/// Each schema version has a committed fixture (`Fixtures/progress-vN.sqlite`, see
/// docs/RELIABILITY.md for how to add one); this suite opens it with today's migrations.
@Suite("Old progress files migrate")
struct MigrationFixtureTests {
    @Test("a v1 file opens, is brought to the current schema and loses no attempt, response or checkpoint")
    func version1() throws {
        let temp = try TemporaryDirectory()
        let path = try Fixtures.copy("progress-v1.sqlite", to: temp)
        let store = try ExamStore(path: path)
        #expect(try store.appliedMigrations().first == "v1")
        #expect(try store.appliedMigrations() == ExamStore.schemaVersions)
        #expect(try store.integrityCheck() == "ok")

        let attempts = try store.attempts()
        #expect(attempts.map(\.id) == [3, 2, 1])
        #expect(attempts.map(\.status) == [.abandoned, .active, .submitted])
        #expect(attempts.map(\.questionCount) == [2, 5, 4])
        #expect(attempts.map(\.answeredCount) == [1, 2, 4])
        let submitted = try #require(attempts.last)
        #expect(submitted.scorePercent == 75)
        #expect(submitted.passed == true)
        #expect(submitted.elapsed == 301.5)
        #expect(submitted.submittedAt == 1_767_261_901.5)

        // Every response row, field by field, through the session it belongs to.
        let finished = try store.loadSession(1)
        #expect(finished.isSubmitted)
        #expect(finished.responses.map(\.choice) == [0, 2, 3, 3])
        #expect(finished.responses.map(\.flagged) == [false, true, false, false])
        #expect(finished.responses.map(\.struck) == [[], [1], [0, 2], []])
        #expect(finished.responses.map(\.changeCount) == [0, 1, 0, 0])
        #expect(finished.responses.map(\.unsure) == [false, false, true, false])
        #expect(finished.responses.map(\.timeSpent) == [61.5, 80, 90, 70])
        #expect(finished.items.map(\.choiceOrder) == [[2, 0, 3, 1], [0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]])

        // The paused exam resumes from its checkpoint, which is newer than the attempt row.
        let paused = try store.loadSession(2)
        #expect(paused.phase == .suspended)
        #expect(paused.current == 3)
        #expect(paused.remaining(at: 0) == 600 - 124.5)
        #expect(paused.responses.map(\.choice) == [1, 2, nil, nil, nil])
        #expect(paused.responses[1].struck == [1, 3])
        #expect(paused.spec.blueprintID == "quick-practice")
        #expect(try store.resumableAttempts().map(\.id) == [2])

        let drill = try store.loadSession(3)
        #expect(drill.spec.mode == .tutor)
        #expect(drill.spec.difficulties == [2])
        #expect(drill.responses.map(\.locked) == [true, false])

        let answers = try store.answers()
        #expect(answers.count == 7)
        #expect(answers.filter(\.correct).count == 5)
        #expect(try store.missedQuestionIDs().sorted() == ["fixture-bil-1", "fixture-law-2"])
        #expect(try store.flaggedQuestionIDs().sorted() == ["fixture-cod-2", "fixture-law-1"])
    }

    @Test("the migrated file takes new answers and opens again unchanged")
    func writableAfterMigration() throws {
        let temp = try TemporaryDirectory()
        let path = try Fixtures.copy("progress-v1.sqlite", to: temp)
        do {
            let store = try ExamStore(path: path)
            var session = try store.loadSession(2)
            session.resume(at: 0)
            try store.save(session.answer(displayPosition: 0, at: 5), of: session, attempt: 2, now: 5, wallTime: Date())
        }
        let again = try ExamStore(path: path)
        #expect(try again.answers().count == 8)
        #expect(try again.loadSession(2).responses[3].choice != nil)
        #expect(try again.integrityCheck() == "ok")
    }
}
