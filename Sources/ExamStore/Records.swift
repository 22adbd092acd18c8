import ExamEngine
import Foundation
import GRDB

/// A row of `attempt`: one exam, practice, drill or review session.
struct AttemptRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "attempt"
    var id: Int64?
    var kind: String
    var mode: String
    var title: String
    var blueprintID: String?
    var spec: String
    var seed: Int64
    var bankHash: String
    var questionCount: Int
    var timeLimit: Double?
    var passPercent: Double
    var status: String
    var currentIndex: Int
    var elapsed: Double
    var startedAt: Double
    var updatedAt: Double
    var submittedAt: Double?
    var correctCount: Int?
    var scorePercent: Double?
    var passed: Bool?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of `response`: one question of an attempt and everything the learner did to it.
struct ResponseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "response"
    var attemptID: Int64
    var position: Int
    var questionID: String
    var domain: String
    var topic: String
    var shareKey: String
    var choiceOrder: String
    var correctChoice: Int
    var choice: Int?
    var isCorrect: Bool
    var timeSpent: Double
    var flagged: Bool
    var struck: String
    var changeCount: Int
    var visited: Bool
    var locked: Bool
    var unsure: Bool
    var answeredAt: Double?

    static func encode(_ values: [Int]) -> String { values.map(String.init).joined(separator: ",") }
    static func decode(_ text: String) -> [Int] { text.split(separator: ",").compactMap { Int($0) } }

    var itemResponse: ItemResponse {
        ItemResponse(choice: choice, flagged: flagged, struck: Set(Self.decode(struck)), changeCount: changeCount,
                     timeSpent: timeSpent, visited: visited, locked: locked, unsure: unsure)
    }

    var examItem: ExamItem {
        ExamItem(questionID: questionID, domain: domain, shareKey: shareKey, choiceOrder: Self.decode(choiceOrder))
    }
}

/// A row of `checkpoint`: the last saved clock of an attempt.
struct CheckpointRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "checkpoint"
    var attemptID: Int64
    var at: Double
    var elapsed: Double
    var position: Int
}
