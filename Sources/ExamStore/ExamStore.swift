import ExamEngine
import Foundation
import GRDB
import QuestionBank

/// The learner's progress: attempts, every response, and timer checkpoints, in SQLite.
///
/// Every write is its own transaction, committed before the call returns, so an answer that
/// was shown as given survives a crash or `kill -9`. GRDB types never leave this module.
public final class ExamStore: Sendable {
    let writer: any DatabaseWriter
    /// Where the file lives, or nil in memory.
    public let path: String?

    /// Opens (creating if needed) the progress file at `path` and brings its schema up to date.
    public init(path: String) throws {
        writer = try AppDatabase.open(path: path)
        self.path = path
    }

    private init(writer: any DatabaseWriter) {
        self.writer = writer
        path = nil
    }

    /// A fresh store in memory, for tests.
    public static func inMemory() throws -> ExamStore {
        ExamStore(writer: try AppDatabase.inMemory())
    }

    /// Runs a write, turning database failures into one-line `StoreError`s.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as DatabaseError {
            throw StoreError("\(path ?? "progress database"): \(AppDatabase.describe(error))", kind: AppDatabase.kind(of: error))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as DatabaseError {
            throw StoreError("\(path ?? "progress database"): \(AppDatabase.describe(error))", kind: AppDatabase.kind(of: error))
        }
    }

    /// Records a new session and all its questions; returns the attempt id.
    public func createAttempt(_ session: ExamSession, bank: Bank, seed: UInt64, wallTime: Date) throws -> Int64 {
        let spec = String(decoding: try JSONEncoder().encode(session.spec), as: UTF8.self)
        let now = wallTime.timeIntervalSince1970
        return try write { db in
            var attempt = AttemptRecord(
                id: nil, kind: session.spec.kind.rawValue, mode: session.spec.mode.rawValue, title: session.spec.title,
                blueprintID: session.spec.blueprintID, spec: spec, seed: Int64(bitPattern: seed),
                bankHash: bank.contentHash.description, questionCount: session.count, timeLimit: session.spec.timeLimit,
                passPercent: session.spec.passPercent, status: "active", currentIndex: session.current,
                elapsed: 0, startedAt: now, updatedAt: now
            )
            try attempt.insert(db)
            let attemptID = attempt.id!
            for (position, item) in session.items.enumerated() {
                let question = bank.question(item.questionID)
                let record = ResponseRecord(
                    attemptID: attemptID, position: position, questionID: item.questionID, domain: item.domain,
                    topic: question?.topic ?? "", shareKey: item.shareKey,
                    choiceOrder: ResponseRecord.encode(item.choiceOrder), correctChoice: question?.correctIndex ?? -1,
                    choice: nil, isCorrect: false, timeSpent: 0, flagged: false, struck: "", changeCount: 0,
                    visited: session.responses[position].visited, locked: false, unsure: false, answeredAt: nil
                )
                try record.insert(db)
            }
            return attemptID
        }
    }

    /// Saves what `changes` touched, each call one committed transaction.
    public func save(_ changes: [SessionChange], of session: ExamSession, attempt: Int64, now: Double, wallTime: Date) throws {
        guard !changes.isEmpty else { return }
        let wall = wallTime.timeIntervalSince1970
        let elapsed = session.elapsed(at: now)
        try write { db in
            for change in changes {
                if case .response(let position) = change {
                    try saveResponse(db, session: session, attempt: attempt, position: position, wall: wall)
                }
            }
            try db.execute(
                sql: "UPDATE attempt SET currentIndex = ?, elapsed = ?, updatedAt = ? WHERE id = ?",
                arguments: [session.current, elapsed, wall, attempt]
            )
            try CheckpointRecord(attemptID: attempt, at: wall, elapsed: elapsed, position: session.current).save(db)
        }
    }

    /// Saves the clock only; called every few seconds while a timed session runs.
    public func checkpoint(_ session: ExamSession, attempt: Int64, now: Double, wallTime: Date) throws {
        try save([.timer], of: session, attempt: attempt, now: now, wallTime: wallTime)
    }

    private func saveResponse(_ db: Database, session: ExamSession, attempt: Int64, position: Int, wall: Double) throws {
        guard session.responses.indices.contains(position) else { return }
        let response = session.responses[position]
        guard var record = try ResponseRecord.fetchOne(db, key: ["attemptID": attempt, "position": position]) else { return }
        if record.choice != response.choice { record.answeredAt = response.choice == nil ? nil : wall }
        record.choice = response.choice
        record.isCorrect = response.choice != nil && response.choice == record.correctChoice
        record.timeSpent = response.timeSpent
        record.flagged = response.flagged
        record.struck = ResponseRecord.encode(response.struck.sorted())
        record.changeCount = response.changeCount
        record.visited = response.visited
        record.locked = response.locked
        record.unsure = response.unsure
        try record.update(db)
    }

    /// Marks an attempt submitted with its final score.
    public func submit(_ session: ExamSession, report: ExamReport, attempt: Int64, now: Double, wallTime: Date) throws {
        let wall = wallTime.timeIntervalSince1970
        try save(session.responses.indices.map(SessionChange.response), of: session, attempt: attempt, now: now, wallTime: wallTime)
        try write { db in
            try db.execute(
                sql: """
                UPDATE attempt SET status = 'submitted', submittedAt = ?, correctCount = ?, scorePercent = ?,
                passed = ?, elapsed = ?, updatedAt = ? WHERE id = ?
                """,
                arguments: [wall, report.overall.correct, report.overall.percent, report.passed, report.timeUsed, wall, attempt]
            )
        }
    }

    /// Gives up an unfinished attempt: it leaves the resume list, its answers stay in history.
    public func abandon(attempt: Int64, wallTime: Date) throws {
        try write { db in
            try db.execute(sql: "UPDATE attempt SET status = 'abandoned', updatedAt = ? WHERE id = ? AND status = 'active'",
                           arguments: [wallTime.timeIntervalSince1970, attempt])
        }
    }
}
