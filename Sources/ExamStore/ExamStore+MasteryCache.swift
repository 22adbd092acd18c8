import Foundation
import GRDB
import LearningModel

/// One area's mastery sums as last computed, with the revision of its answers they came from.
///
/// Reading an area's estimate means reading up to about 1,450 of its answers; with 300 areas that
/// is most of the home screen's start-up. Between two starts most areas have no new answer: their
/// kept sums are carried to the new instant (``MasteryAccumulator/carried(to:)``), exactly what
/// reading the answers again would give. `area_tally.revision` (schema v5) grows with every
/// change to an area's answers, whatever makes it, so a kept result can never be used stale.
struct KeptMastery {
    var domain: String
    /// Nil for a whole domain.
    var topic: String?
    /// `area_tally.revision` of the topic, or the sum over the domain's topics.
    var revision: Int
    /// The estimator settings the sums were computed with.
    var parameters: String
    var at: Double
    var right: Double
    var wrong: Double
    var added: Int

    static func parameters(halfLifeDays: Double, answerHalfLife: Double) -> String {
        "\(halfLifeDays)|\(answerHalfLife)|\(MasteryAccumulator.negligibleWeight)"
    }

    /// The kept sums computed with `parameters`, by area (a domain's topic is "\u{0}").
    static func fetchAll(_ db: Database, parameters: String) throws -> [AreaKey: KeptMastery] {
        var kept: [AreaKey: KeptMastery] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT domain, topic, revision, at, rightWeight, wrongWeight, added FROM mastery_cache WHERE parameters = ?
            """, arguments: [parameters])
        while let row = try rows.next() {
            let topic: String? = row[1]
            kept[AreaKey(domain: row[0], topic: topic ?? "\u{0}")] = KeptMastery(
                domain: row[0], topic: topic, revision: row[2], parameters: parameters, at: row[3], right: row[4], wrong: row[5], added: row[6])
        }
        return kept
    }
}

extension ExamStore {
    /// Saves freshly computed sums for the next read; a file that cannot be written is simply not helped.
    func keepMastery(_ fresh: [KeptMastery], halfLifeDays: Double, answerHalfLife: Double) {
        _ = try? write { db in
            let save = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO mastery_cache (domain, topic, revision, parameters, at, rightWeight, wrongWeight, added)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for area in fresh {
                try save.execute(arguments: [area.domain, area.topic, area.revision, area.parameters, area.at, area.right, area.wrong, area.added])
            }
        }
    }
}
