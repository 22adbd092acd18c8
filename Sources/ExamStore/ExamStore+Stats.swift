import ExamEngine
import Foundation
import GRDB

/// Aggregates for the stats screen, computed in SQL.
extension ExamStore {
    /// Sure/unsure counts and time per domain, from the running counts (schema v5).
    public func domainTallies() throws -> [AreaTally] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT domain, SUM(answers), SUM(correct), SUM(unsureAnswers), SUM(unsureCorrect), TOTAL(totalTime)
                FROM area_tally GROUP BY domain HAVING SUM(answers) > 0 ORDER BY domain
                """)
            return rows.map { row in
                let answers: Int = row[1], correct: Int = row[2], unsure: Int = row[3], unsureCorrect: Int = row[4]
                return AreaTally(key: row[0], sureAnswers: answers - unsure, sureCorrect: correct - unsureCorrect,
                                 unsureAnswers: unsure, unsureCorrect: unsureCorrect, totalTime: row[5])
            }
        }
    }

    /// Answers per day over the last `days` days up to `now`, oldest first, empty days included.
    ///
    /// Read from the quarter-hour counts (schema v5); an offset that is not a whole number of
    /// quarter hours (no time zone has one) counts the answers themselves.
    public func dailyTallies(days: Int, now: Double, utcOffset: Double) throws -> [DayTally] {
        let today = Int(((now + utcOffset) / 86_400).rounded(.down))
        let first = today - days + 1
        let start = Double(first) * 86_400 - utcOffset
        let found = try read { db -> [(day: Int, answers: Int, correct: Int)] in
            guard utcOffset.truncatingRemainder(dividingBy: 900) == 0 else {
                return try Row.fetchAll(db, sql: """
                    SELECT CAST((answeredAt + ?) / 86400 AS INTEGER) AS day, COUNT(*), SUM(isCorrect)
                    FROM response WHERE answeredAt >= ? GROUP BY day
                    """, arguments: [utcOffset, start]).map { ($0[0], $0[1], $0[2] ?? 0) }
            }
            return try Row.fetchAll(db, sql: "SELECT period, answers, correct FROM answer_period WHERE period >= ?",
                                    arguments: [Int((start / 900).rounded(.down))]).map { row in
                let period: Int = row[0]
                return (Int(((Double(period) * 900 + utcOffset) / 86_400).rounded(.down)), row[1], row[2])
            }
        }
        var byDay: [Int: DayTally] = [:]
        for entry in found {
            let tally = byDay[entry.day] ?? DayTally(day: entry.day, answers: 0, correct: 0)
            byDay[entry.day] = DayTally(day: entry.day, answers: tally.answers + entry.answers, correct: tally.correct + entry.correct)
        }
        return (first...today).map { byDay[$0] ?? DayTally(day: $0, answers: 0, correct: 0) }
    }

    /// Scores of submitted timed exams, oldest first.
    public func examScores(limit: Int = 60) throws -> [Double] {
        try read { db in
            try Double.fetchAll(db, sql: """
                SELECT scorePercent FROM (SELECT scorePercent, submittedAt FROM attempt
                WHERE status = 'submitted' AND mode = 'exam' AND scorePercent IS NOT NULL
                ORDER BY submittedAt DESC LIMIT ?) ORDER BY submittedAt
                """, arguments: [limit])
        }
    }
}
