import ExamEngine
import ExamStore
import Foundation
import QuestionBank
import Testing
import TestSupport

/// Two stores on one file stand for two mmprep windows on one data folder.
@Suite("Two stores on one progress file")
struct TwoStoresTests {
    let bank = SampleBank.standard()

    func start(_ store: ExamStore, seed: UInt64) throws -> (ExamSession, Int64) {
        let spec = ExamSpec.blueprint(bank.blueprint("mini")!, in: bank)
        let session = ExamSession(spec: spec, items: try ExamAssembler.assemble(spec, from: bank, seed: seed), now: 0)
        return (session, try store.createAttempt(session, bank: bank, seed: seed, wallTime: Date(timeIntervalSince1970: 1_000)))
    }

    /// Answers, changes, flags and moves through the whole exam, saving after every step.
    static func work(_ store: ExamStore, session start: ExamSession, attempt: Int64, rounds: Int, salt: Int) throws -> ExamSession {
        var session = start
        var now = 0.0
        for round in 0..<rounds {
            for position in 0..<session.count {
                now += 0.5
                try store.save(session.go(to: position, at: now), of: session, attempt: attempt, now: now, wallTime: Date())
                let choice = (position + round + salt) % 4
                try store.save(session.answer(displayPosition: choice, at: now), of: session, attempt: attempt, now: now, wallTime: Date())
                if (position + round) % 3 == 0 {
                    try store.save(session.toggleFlag(at: now), of: session, attempt: attempt, now: now, wallTime: Date())
                }
            }
        }
        return session
    }

    @Test("both write at once from two threads: every answer of both is kept and the file stays sound")
    func concurrentWriters() async throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/progress.sqlite"
        let first = try ExamStore(path: path)
        let second = try ExamStore(path: path)
        let (a, aID) = try start(first, seed: 1)
        let (b, bID) = try start(second, seed: 2)

        async let finishedA = Task.detached { try Self.work(first, session: a, attempt: aID, rounds: 6, salt: 0) }.value
        async let finishedB = Task.detached { try Self.work(second, session: b, attempt: bID, rounds: 6, salt: 1) }.value
        let (endA, endB) = try await (finishedA, finishedB)

        let reader = try ExamStore(path: path)
        #expect(try reader.integrityCheck() == "ok")
        for (expected, id) in [(endA, aID), (endB, bID)] {
            let saved = try reader.loadSession(id)
            #expect(saved.responses.map(\.choice) == expected.responses.map(\.choice))
            #expect(saved.responses.map(\.flagged) == expected.responses.map(\.flagged))
            #expect(saved.responses.map(\.changeCount) == expected.responses.map(\.changeCount))
            #expect(saved.current == expected.current)
        }
        #expect(try reader.answers().count == endA.answeredCount + endB.answeredCount)
    }

    @Test("an attempt open in one store cannot be claimed by another until it is released")
    func claims() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/progress.sqlite"
        let store = try ExamStore(path: path)
        let (_, id) = try start(store, seed: 3)
        let windowA = AttemptClaims(databasePath: path)
        let windowB = AttemptClaims(databasePath: path)
        try windowA.claim(id)
        try windowA.claim(id)
        #expect(throws: StoreError("attempt \(id) is open in another mmprep window; pause or submit it there first")) {
            try windowB.claim(id)
        }
        try windowB.claim(id + 1)
        windowA.release(id)
        try windowB.claim(id)
        #expect(windowB.holds(id))
        #expect(!windowA.holds(id))
    }

    @Test("a claim ends with the object that held it, as it ends with a killed process")
    func claimEndsWithHolder() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/progress.sqlite"
        var holder: AttemptClaims? = AttemptClaims(databasePath: path)
        try holder?.claim(7)
        let other = AttemptClaims(databasePath: path)
        #expect(throws: StoreError.self) { try other.claim(7) }
        holder = nil
        try other.claim(7)
        #expect(other.holds(7))
    }

    @Test("an in-memory store has nothing to share, so every claim succeeds")
    func inMemoryClaims() throws {
        let a = AttemptClaims(databasePath: nil), b = AttemptClaims(databasePath: nil)
        try a.claim(1)
        try b.claim(1)
    }
}
