import ExamEngine
import Foundation
import GRDB
import LearningModel

/// Mastery per domain and topic with every answer counted, read without loading the history.
public struct MasterySnapshot: Sendable, Equatable {
    /// One estimate per requested domain, in the order asked.
    public var domains: [MasteryEstimate]
    /// One estimate per requested topic, in the order asked, with its domain.
    public var topics: [(domain: String, estimate: MasteryEstimate)]
    /// Every answered question in the store, and how many were right.
    public var answers: Int
    public var correct: Int

    public static func == (lhs: MasterySnapshot, rhs: MasterySnapshot) -> Bool {
        lhs.domains == rhs.domains && lhs.answers == rhs.answers && lhs.correct == rhs.correct
            && lhs.topics.map(\.domain) == rhs.topics.map(\.domain) && lhs.topics.map(\.estimate) == rhs.topics.map(\.estimate)
    }
}

/// Aggregates over the answer history: running counts kept by triggers, plus, per area, only the
/// answers that can still move its estimate (see ``MasteryAccumulator``), read newest first
/// through the v2 indexes (AppDatabase+Aggregates.swift).
extension ExamStore {
    /// Mastery of `domains` and of `topics` (topic names within their domain) at `now`.
    ///
    /// Gives the same estimates as ``MasteryEstimator`` over ``answers(since:)``: answer and
    /// correct counts exactly, weighted sums to within 1e-9 (``MasteryAccumulator/negligibleWeight``),
    /// while reading at most about 1,450 answers per area whatever the size of the history, and
    /// none at all for an area unchanged since its estimate was last kept (ExamStore+MasteryCache.swift).
    public func mastery(domains: [String], topics: [(domain: String, topic: String)], now: Double,
                        halfLifeDays: Double = MasteryEstimator.defaultHalfLifeDays,
                        answerHalfLife: Double = MasteryEstimator.defaultAnswerHalfLife) throws -> MasterySnapshot {
        let computed = try read { db in
            try Self.mastery(db, domains: domains, topics: topics, now: now, halfLifeDays: halfLifeDays, answerHalfLife: answerHalfLife)
        }
        if !computed.fresh.isEmpty { keepMastery(computed.fresh, halfLifeDays: halfLifeDays, answerHalfLife: answerHalfLife) }
        return computed.snapshot
    }

    static func mastery(_ db: Database, domains: [String], topics: [(domain: String, topic: String)], now: Double,
                        halfLifeDays: Double, answerHalfLife: Double) throws -> (snapshot: MasterySnapshot, fresh: [KeptMastery]) {
        var topicCounts: [AreaKey: (answers: Int, correct: Int, revision: Int)] = [:]
        var domainCounts: [String: (answers: Int, correct: Int, revision: Int)] = [:]
        var answers = 0, correct = 0
        let rows = try Row.fetchCursor(db, sql: "SELECT domain, topic, answers, correct, revision FROM area_tally")
        while let row = try rows.next() {
            let domain: String = row[0], topic: String = row[1]
            let n: Int = row[2], right: Int = row[3], revision: Int = row[4]
            topicCounts[AreaKey(domain: domain, topic: topic)] = (n, right, revision)
            let d = domainCounts[domain, default: (0, 0, 0)]
            domainCounts[domain] = (d.answers + n, d.correct + right, d.revision + revision)
            answers += n
            correct += right
        }
        let parameters = KeptMastery.parameters(halfLifeDays: halfLifeDays, answerHalfLife: answerHalfLife)
        let kept = try KeptMastery.fetchAll(db, parameters: parameters)
        let rankWeights = MasteryAccumulator.rankWeights(answerHalfLife: answerHalfLife)
        var fresh: [KeptMastery] = []

        /// The area's accumulator: carried forward from the kept one when its answers have not changed.
        func accumulator(domain: String, topic: String?, revision: Int, total: Int, statement: Statement, arguments: StatementArguments) throws -> MasteryAccumulator {
            let key = AreaKey(domain: domain, topic: topic ?? "\u{0}")
            if let saved = kept[key], saved.revision == revision, saved.at <= now {
                return MasteryAccumulator(now: saved.at, right: saved.right, wrong: saved.wrong, added: saved.added,
                                          halfLifeDays: halfLifeDays, answerHalfLife: answerHalfLife, rankWeights: rankWeights).carried(to: now)
            }
            var accumulator = MasteryAccumulator(now: now, halfLifeDays: halfLifeDays, answerHalfLife: answerHalfLife, rankWeights: rankWeights)
            guard total > 0 else { return accumulator }
            let newest = try Self.accumulate(&accumulator, statement: statement, arguments: arguments)
            // Kept only when no answer is dated after now (a clock set back), so carrying it forward stays exact.
            if newest.map({ $0 <= now }) ?? true {
                fresh.append(KeptMastery(domain: domain, topic: topic, revision: revision, parameters: parameters, at: now,
                                         right: accumulator.right, wrong: accumulator.wrong, added: accumulator.added))
            }
            return accumulator
        }

        let byDomain = try db.cachedStatement(sql: """
            SELECT isCorrect, answeredAt FROM response INDEXED BY response_domain_recent
            WHERE domain = ? AND answeredAt IS NOT NULL
            ORDER BY answeredAt DESC, attemptID DESC, position DESC
            """)
        let domainEstimates = try domains.map { domain in
            let total = domainCounts[domain] ?? (0, 0, 0)
            let area = try accumulator(domain: domain, topic: nil, revision: total.revision, total: total.answers, statement: byDomain, arguments: [domain])
            return area.estimate(key: domain, answers: total.answers, correct: total.correct)
        }

        let byTopic = try db.cachedStatement(sql: """
            SELECT isCorrect, answeredAt FROM response INDEXED BY response_topic_recent
            WHERE domain = ? AND topic = ? AND answeredAt IS NOT NULL
            ORDER BY answeredAt DESC, attemptID DESC, position DESC
            """)
        let topicEstimates = try topics.map { area in
            let total = topicCounts[AreaKey(domain: area.domain, topic: area.topic)] ?? (0, 0, 0)
            let accumulated = try accumulator(domain: area.domain, topic: area.topic, revision: total.revision, total: total.answers,
                                              statement: byTopic, arguments: [area.domain, area.topic])
            return (area.domain, accumulated.estimate(key: area.topic, answers: total.answers, correct: total.correct))
        }
        return (MasterySnapshot(domains: domainEstimates, topics: topicEstimates, answers: answers, correct: correct), fresh)
    }

    /// Feeds an area's answers, newest first, until older ones can no longer matter; returns the newest answer's time.
    @discardableResult
    static func accumulate(_ accumulator: inout MasteryAccumulator, statement: Statement, arguments: StatementArguments) throws -> Double? {
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var newest: Double?
        while let row = try rows.next() {
            let answeredAt: Double = row[1]
            if newest == nil { newest = answeredAt }
            accumulator.add(correct: row[0], answeredAt: answeredAt)
            if accumulator.isSettled { break }
        }
        return newest
    }

    /// How many questions have been answered, and how many of them correctly (from the running counts).
    public func answerTotals() throws -> (answers: Int, correct: Int) {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT TOTAL(answers), TOTAL(correct) FROM area_tally")
            return (Int(row?[0] ?? 0.0), Int(row?[1] ?? 0.0))
        }
    }
}

/// A topic within its domain, as a dictionary key.
struct AreaKey: Hashable {
    var domain: String
    var topic: String
}
