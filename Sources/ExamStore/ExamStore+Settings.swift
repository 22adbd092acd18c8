import Foundation
import GRDB

/// The learner's settings: the exam date and the desired retention of reviews.
public struct LearnerSettings: Sendable, Equatable {
    /// The day of the exam, as "YYYY-MM-DD".
    public var examDate: String?
    /// Desired probability of recalling a review when it falls due (0.7–0.99).
    public var retention: Double

    public static let defaultRetention = 0.9

    public init(examDate: String? = nil, retention: Double = LearnerSettings.defaultRetention) {
        self.examDate = examDate
        self.retention = retention
    }
}

extension ExamStore {
    public func settings() throws -> LearnerSettings {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM setting")
            var values: [String: String] = [:]
            for row in rows { values[row["key"]] = row["value"] }
            return LearnerSettings(
                examDate: values["exam_date"],
                retention: values["retention"].flatMap(Double.init) ?? LearnerSettings.defaultRetention
            )
        }
    }

    public func saveSettings(_ settings: LearnerSettings) throws {
        try write { db in
            if let date = settings.examDate {
                try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('exam_date', ?)", arguments: [date])
            } else {
                try db.execute(sql: "DELETE FROM setting WHERE key = 'exam_date'")
            }
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('retention', ?)", arguments: [String(settings.retention)])
        }
    }
}
