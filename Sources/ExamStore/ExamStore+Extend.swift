import ExamEngine
import Foundation
import GRDB
import QuestionBank

/// Saving the questions an adaptive drill adds as it goes.
extension ExamStore {
    /// Records the session's last item as a new question of the attempt, then saves `changes`.
    public func appendItem(of session: ExamSession, attempt: Int64, bank: Bank, changes: [SessionChange], now: Double, wallTime: Date) throws {
        guard let item = session.items.last else { return }
        let position = session.items.count - 1
        let question = bank.question(item.questionID)
        try write { db in
            let record = ResponseRecord(
                attemptID: attempt, position: position, questionID: item.questionID, domain: item.domain,
                topic: question?.topic ?? "", shareKey: item.shareKey, choiceOrder: ResponseRecord.encode(item.choiceOrder),
                correctChoice: question?.correctIndex ?? -1, choice: nil, isCorrect: false, timeSpent: 0, flagged: false,
                struck: "", changeCount: 0, visited: true, locked: false, unsure: false, answeredAt: nil
            )
            try record.insert(db)
            try db.execute(sql: "UPDATE attempt SET questionCount = ? WHERE id = ?", arguments: [session.count, attempt])
        }
        try save(changes, of: session, attempt: attempt, now: now, wallTime: wallTime)
    }

    /// Removes questions past the session's end (an adaptive drill's unanswered last one).
    public func trimItems(of session: ExamSession, attempt: Int64) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM response WHERE attemptID = ? AND position >= ?", arguments: [attempt, session.count])
            try db.execute(sql: "UPDATE attempt SET questionCount = ? WHERE id = ?", arguments: [session.count, attempt])
        }
    }
}
