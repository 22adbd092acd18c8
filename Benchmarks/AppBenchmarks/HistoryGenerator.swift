import ExamStore
import Foundation
import GRDB
import QuestionBank

/// Writes a progress file with `responses` answered questions, in attempts of 100.
///
/// The schema comes from the real migrations (`ExamStore(path:)` creates the file); the rows
/// are inserted with SQL in one transaction, with the response indexes dropped during the
/// insert and recreated from their own definitions, so a million rows take seconds. Answers
/// span two years up to an hour ago, each domain with its own accuracy; the newest attempt is
/// left unfinished (half answered) so the home screen shows a resume banner.
enum HistoryGenerator {
    static let perAttempt = 100

    static func generate(responses: Int, questions: [Question], at path: String, now: Double) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let marker = folder + "/.complete-\(responses)"
        if FileManager.default.fileExists(atPath: marker) { return }
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try ExamStore(path: path)

        let attempts = max(1, responses / perAttempt)
        let span = 730.0 * 86_400
        let first = now - 3_600 - span
        let domains = Array(Set(questions.map(\.domain))).sorted()
        let domainIndex = Dictionary(uniqueKeysWithValues: domains.enumerated().map { ($1, $0) })

        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            let indexes = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'response' AND sql IS NOT NULL")
            for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'response' AND sql IS NOT NULL") {
                try db.execute(sql: "DROP INDEX \(name)")
            }
            try db.execute(sql: "CREATE TEMP TABLE gen_question(k INTEGER PRIMARY KEY, id TEXT, domain TEXT, topic TEXT, skill INTEGER)")
            let insert = try db.makeStatement(sql: "INSERT INTO gen_question VALUES (?, ?, ?, ?, ?)")
            for (k, q) in questions.enumerated() {
                // Accuracy from 45 % to 85 % by domain, so weak areas stand out.
                let skill = 450 + (domainIndex[q.domain] ?? 0) * 400 / max(1, domains.count - 1)
                try insert.execute(arguments: [k, q.id, q.domain, q.topic, skill])
            }
            let spec = #"{"title":"Generated exam","kind":"exam","mode":"exam","blueprintID":"cmom-style","shares":[],"timeLimit":14400,"passPercent":70,"difficulties":[]}"#
            try db.execute(sql: """
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1)
                INSERT INTO attempt (id, kind, mode, title, blueprintID, spec, seed, bankHash, questionCount, timeLimit, passPercent,
                                     status, currentIndex, elapsed, startedAt, updatedAt, submittedAt)
                SELECT i + 1, 'exam', 'exam', 'Generated exam ' || (i + 1), 'cmom-style', ?, 0, '0000000000000000', ?, 14400, 70,
                       'submitted', ? - 1, ? * 30, ? + i * ?, ? + i * ? + ? * 30, ? + i * ? + ? * 30
                FROM n
                """, arguments: [attempts, spec, perAttempt, perAttempt, perAttempt, first, span / Double(attempts),
                                 first, span / Double(attempts), perAttempt, first, span / Double(attempts), perAttempt])
            try db.execute(sql: """
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1),
                drawn AS (SELECT i, (i * 2654435761) % ? AS k, ((i * 1103515245 + 12345) / 7) % 1000 AS luck FROM n)
                INSERT INTO response (attemptID, position, questionID, domain, topic, shareKey, choiceOrder, correctChoice, choice,
                                      isCorrect, timeSpent, visited, answeredAt)
                SELECT d.i / ? + 1, d.i % ?, q.id, q.domain, q.topic, q.domain, '0,1,2,3', 0,
                       CASE WHEN d.luck < q.skill THEN 0 ELSE 1 END, d.luck < q.skill, 30, 1,
                       ? + (d.i / ?) * ? + (d.i % ?) * 30
                FROM drawn d JOIN gen_question q ON q.k = d.k
                """, arguments: [attempts * perAttempt, questions.count, perAttempt, perAttempt,
                                 first, perAttempt, span / Double(attempts), perAttempt])
            try db.execute(sql: """
                UPDATE attempt SET correctCount = (SELECT SUM(isCorrect) FROM response WHERE attemptID = attempt.id);
                UPDATE attempt SET scorePercent = correctCount * 100.0 / questionCount, passed = correctCount * 100.0 / questionCount >= passPercent;
                """)
            // The newest attempt is unfinished: half answered, with a checkpoint.
            try db.execute(sql: """
                UPDATE attempt SET status = 'active', submittedAt = NULL, correctCount = NULL, scorePercent = NULL, passed = NULL,
                       currentIndex = ? / 2 WHERE id = ?;
                UPDATE response SET choice = NULL, isCorrect = 0, answeredAt = NULL, visited = 0 WHERE attemptID = ? AND position >= ? / 2;
                INSERT INTO checkpoint (attemptID, at, elapsed, position) SELECT id, updatedAt, elapsed / 2, currentIndex FROM attempt WHERE id = ?;
                """, arguments: [perAttempt, attempts, attempts, perAttempt, attempts])
            for sql in indexes { try db.execute(sql: sql) }
            try db.execute(sql: "DROP TABLE gen_question")
        }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        _ = FileManager.default.createFile(atPath: marker, contents: Data())
    }
}
