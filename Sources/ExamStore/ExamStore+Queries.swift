import ExamEngine
import Foundation
import GRDB
import QuestionBank

/// Reads: history, resumable sessions, and the answer history the learning model needs.
extension ExamStore {
    /// Attempts with their answered count, kept by a trigger (AppDatabase+Aggregates.swift) so a
    /// long history lists without counting every response; ``summary(_:)`` reads these columns by position.
    static let summarySQL = """
        SELECT a.id, a.kind, a.mode, a.title, a.blueprintID, a.status, a.questionCount, COALESCE(t.answered, 0) AS answered,
               a.correctCount, a.scorePercent, a.passed, a.passPercent, a.timeLimit, a.elapsed, a.startedAt, a.updatedAt, a.submittedAt
        FROM attempt a LEFT JOIN attempt_tally t ON t.attemptID = a.id
        """

    /// Attempts, newest first; `status` filters (nil for all).
    public func attempts(status: AttemptSummary.Status? = nil, limit: Int = 1000) throws -> [AttemptSummary] {
        try read { db in
            let filter = status.map { "WHERE a.status = '\($0.rawValue)'" } ?? ""
            // A cursor reads each row in place; fetchAll would copy every row first.
            let rows = try Row.fetchCursor(db, sql: "\(Self.summarySQL) \(filter) ORDER BY a.updatedAt DESC, a.id DESC LIMIT ?", arguments: [limit])
            return try Array(rows.map(Self.summary))
        }
    }

    /// Unfinished attempts that can be resumed, most recent first.
    public func resumableAttempts() throws -> [AttemptSummary] {
        try attempts(status: .active)
    }

    public func attempt(_ id: Int64) throws -> AttemptSummary? {
        try read { db in
            try Row.fetchOne(db, sql: "\(Self.summarySQL) WHERE a.id = ?", arguments: [id]).map(Self.summary)
        }
    }

    /// The score of the last submitted attempt of the same blueprint before `attempt`.
    public func previousScore(blueprintID: String, before attempt: Int64) throws -> Double? {
        try read { db in
            try Double.fetchOne(db, sql: """
                SELECT scorePercent FROM attempt WHERE blueprintID = ? AND status = 'submitted' AND id < ? AND mode = 'exam'
                ORDER BY submittedAt DESC LIMIT 1
                """, arguments: [blueprintID, attempt])
        }
    }

    /// Rebuilds a saved session, suspended at its saved clock and position.
    public func loadSession(_ attempt: Int64) throws -> ExamSession {
        try read { db in
            guard let record = try AttemptRecord.fetchOne(db, key: attempt) else {
                throw StoreError("no attempt number \(attempt) in \(path ?? "the progress database")")
            }
            guard let spec = try? JSONDecoder().decode(ExamSpec.self, from: Data(record.spec.utf8)) else {
                throw StoreError("attempt \(attempt) cannot be read back (its exam description is damaged)")
            }
            let rows = try ResponseRecord.filter(Column("attemptID") == attempt).order(Column("position")).fetchAll(db)
            let checkpoint = try CheckpointRecord.fetchOne(db, key: attempt)
            let elapsed = max(record.elapsed, checkpoint?.elapsed ?? 0)
            return ExamSession(
                spec: spec, items: rows.map(\.examItem), responses: rows.map(\.itemResponse),
                current: checkpoint?.position ?? record.currentIndex, elapsed: elapsed, submitted: record.status == "submitted"
            )
        }
    }

    /// When each question was last answered (seconds since 1970), for "least recently seen first".
    public func lastSeen() throws -> [String: Double] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT questionID, MAX(answeredAt) AS seen FROM response WHERE answeredAt IS NOT NULL GROUP BY questionID")
            return Dictionary(rows.map { ($0["questionID"] as String, $0["seen"] as Double) }, uniquingKeysWith: max)
        }
    }

    /// Every answered question, oldest first, optionally since a time.
    public func answers(since: Double? = nil) throws -> [AnswerEvent] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.attemptID, r.questionID, r.domain, r.topic, r.isCorrect, r.answeredAt, r.timeSpent, r.unsure, a.kind
                FROM response r JOIN attempt a ON a.id = r.attemptID
                WHERE r.answeredAt IS NOT NULL AND r.answeredAt >= ?
                ORDER BY r.answeredAt, r.attemptID, r.position
                """, arguments: [since ?? 0])
            return rows.map { row in
                // By position, in the order selected: a name lookup per column costs more than the row.
                AnswerEvent(
                    attemptID: row[0], questionID: row[1], domain: row[2], topic: row[3],
                    correct: row[4], answeredAt: row[5], timeSpent: row[6],
                    unsure: row[7], kind: ExamKind(rawValue: row[8]) ?? .exam
                )
            }
        }
    }

    /// Questions whose latest answer was wrong, most recently missed first.
    public func missedQuestionIDs() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT r.questionID FROM response r
                JOIN (SELECT questionID, MAX(answeredAt) AS latest FROM response WHERE answeredAt IS NOT NULL GROUP BY questionID) last
                  ON last.questionID = r.questionID AND last.latest = r.answeredAt
                WHERE r.isCorrect = 0
                GROUP BY r.questionID
                ORDER BY MAX(r.answeredAt) DESC
                """)
        }
    }

    /// Questions flagged in any session, most recent first.
    public func flaggedQuestionIDs() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT r.questionID FROM response r JOIN attempt a ON a.id = r.attemptID
                WHERE r.flagged = 1 GROUP BY r.questionID ORDER BY MAX(a.updatedAt) DESC
                """)
        }
    }

    static func summary(_ row: Row) -> AttemptSummary {
        AttemptSummary(
            id: row[0], kind: ExamKind(rawValue: row[1]) ?? .exam, mode: ExamMode(rawValue: row[2]) ?? .exam,
            title: row[3], blueprintID: row[4], status: AttemptSummary.Status(rawValue: row[5]) ?? .active,
            questionCount: row[6], answeredCount: row[7], correctCount: row[8], scorePercent: row[9], passed: row[10],
            passPercent: row[11], timeLimit: row[12], elapsed: row[13], startedAt: row[14], updatedAt: row[15], submittedAt: row[16]
        )
    }
}

extension ExamStore {
    /// The latest answer to each of `questionIDs` that has one: when, and whether it was right.
    ///
    /// One indexed read per question (`response_question`), so the cost follows the number of
    /// questions asked about, not the length of the history.
    public func latestAnswers(questionIDs: [String]) throws -> [String: (time: Double, correct: Bool)] {
        try read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT answeredAt, isCorrect FROM response INDEXED BY response_question
                WHERE questionID = ? AND answeredAt IS NOT NULL ORDER BY answeredAt DESC LIMIT 1
                """)
            var latest: [String: (time: Double, correct: Bool)] = [:]
            for id in questionIDs where latest[id] == nil {
                if let row = try Row.fetchOne(statement, arguments: [id]) { latest[id] = (row[0], row[1]) }
            }
            return latest
        }
    }
}
