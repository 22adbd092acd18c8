import ExamEngine
import Foundation
import GRDB
import LearningModel

/// How many review cards are due, from the kept cards (schema v4) and the newest answers.
public struct ReviewCounts: Sendable, Equatable {
    /// Cards due at the moment asked.
    public var dueNow: Int
    /// Cards due on or before the exam date (nil without one).
    public var dueByExam: Int?

    public init(dueNow: Int, dueByExam: Int?) {
        self.dueNow = dueNow
        self.dueByExam = dueByExam
    }
}

/// Review cards kept in the store and carried forward, so reading them costs the same with a
/// hundred answers or a million.
///
/// The cards saved in `review_card` reflect every answer before `review_progress.through`
/// (see AppDatabase+ReviewCards.swift). A read first moves that instant forward over the answers
/// that can no longer change (everything before the first answer of a recently active
/// attempt), saving the result, then replays in memory the few answers after it. The result is
/// always exactly what ``ReviewSchedule/cards(from:)`` gives over ``answers(since:)``.
extension ExamStore {
    /// Answers of an attempt left active longer than this are treated as settled: if it is ever
    /// resumed and an old answer changed, the kept cards are rebuilt once.
    static let activeAttemptHorizon = 14 * 86_400.0

    /// Every answered question's card at `now`, before the exam-date cap (``ReviewSchedule/capped(_:)``).
    public func reviewCards(scheduler: FSRSScheduler, now: Double) throws -> [String: FSRSCard] {
        guard let tail = try keptReviewTail(scheduler: scheduler, now: now) else {
            return try replayAll(scheduler: scheduler).cards
        }
        var cards = try read { db in
            var cards: [String: FSRSCard] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT questionID, state, step, stability, difficulty, due, lastReview FROM review_card")
            while let row = try rows.next() { cards[row[0]] = Self.card(row) }
            return cards
        }
        for (id, card) in tail.replay.cards { cards[id] = card }
        return cards
    }

    /// How many cards `schedule` has due at `now`, and by its exam date.
    public func reviewCounts(schedule: ReviewSchedule, now: Double) throws -> ReviewCounts {
        let nowDate = Date(timeIntervalSince1970: now)
        func counts(_ cards: some Sequence<FSRSCard>) -> (now: Int, exam: Int) {
            var dueNow = 0, dueByExam = 0
            for card in cards.lazy.map(schedule.capped) {
                if card.due <= nowDate { dueNow += 1 }
                if let exam = schedule.examDate, card.due <= exam { dueByExam += 1 }
            }
            return (dueNow, dueByExam)
        }
        guard let tail = try keptReviewTail(scheduler: schedule.scheduler, now: now) else {
            let all = counts(try replayAll(scheduler: schedule.scheduler).cards.values)
            return ReviewCounts(dueNow: all.now, dueByExam: schedule.examDate == nil ? nil : all.exam)
        }
        // Counted in SQL over the kept cards, then corrected for the cards the newest answers moved.
        let exam = schedule.examDate?.timeIntervalSince1970
        let kept = try read { db in
            let capped = exam == nil ? "due" : "MIN(due, MAX(COALESCE(lastReview, due), :exam))"
            let row = try Row.fetchOne(db, sql: """
                SELECT COALESCE(SUM(\(capped) <= :now), 0), COALESCE(SUM(\(capped) <= :exam), 0) FROM review_card
                """, arguments: ["now": now, "exam": exam ?? 0])
            return (now: row?[0] ?? 0, exam: row?[1] ?? 0) as (now: Int, exam: Int)
        }
        let before = counts(tail.before.values), after = counts(tail.replay.cards.values)
        return ReviewCounts(dueNow: kept.now - before.now + after.now,
                            dueByExam: exam == nil ? nil : kept.exam - before.exam + after.exam)
    }

    /// The answers after the kept instant, replayed over the kept state of their cards.
    struct ReviewTail {
        /// The touched questions' cards after the newest answers.
        var replay: ReviewReplay
        /// The same questions' kept cards (absent for questions first answered in the tail).
        var before: [String: FSRSCard]
    }

    /// Brings the kept cards forward and replays the rest; nil when they cannot be kept (a read-only file).
    func keptReviewTail(scheduler: FSRSScheduler, now: Double) throws -> ReviewTail? {
        let parameters = Self.fingerprint(scheduler)
        let needsWrite = try read { db -> Bool in
            guard let progress = try ReviewProgress.fetch(db), progress.isUsable(for: parameters) else { return true }
            let boundary = try Self.settledBoundary(db, now: now)
            guard boundary > progress.through else { return false }
            return try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM response WHERE answeredAt >= ? AND answeredAt < ?)",
                                     arguments: [progress.through, boundary]) ?? false
        }
        if needsWrite {
            do {
                try write { db in try Self.bringForward(db, scheduler: scheduler, parameters: parameters, now: now) }
            } catch let error as StoreError where error.kind == .unwritable {
                return nil
            }
        }
        return try read { db in
            guard let progress = try ReviewProgress.fetch(db), progress.isUsable(for: parameters) else { return nil }
            var replay = ReviewReplay(scheduler: scheduler, times: progress.times)
            var before: [String: FSRSCard] = [:]
            let lookup = try db.cachedStatement(sql: "SELECT questionID, state, step, stability, difficulty, due, lastReview FROM review_card WHERE questionID = ?")
            let rows = try Row.fetchCursor(db, sql: Self.answersFrom, arguments: [progress.through])
            while let row = try rows.next() {
                let id: String = row[0]
                if replay.cards[id] == nil, let kept = try Row.fetchOne(lookup, arguments: [id]) {
                    let card = Self.card(kept)
                    before[id] = card
                    replay.cards[id] = card
                }
                replay.apply(questionID: id, correct: row[1], answeredAt: row[2], timeSpent: row[3], unsure: row[4])
            }
            return ReviewTail(replay: replay, before: before)
        }
    }

    /// Answers at or after an instant, in replay order.
    static let answersFrom = """
        SELECT questionID, isCorrect, answeredAt, timeSpent, unsure FROM response
        WHERE answeredAt >= ? ORDER BY answeredAt, attemptID, position
        """

    /// The instant before which no answer can change any more: the first answer of an attempt
    /// still open (and touched within ``activeAttemptHorizon``), or `now`.
    static func settledBoundary(_ db: Database, now: Double) throws -> Double {
        let open = try Double.fetchOne(db, sql: """
            SELECT MIN(r.answeredAt) FROM attempt a JOIN response r ON r.attemptID = a.id
            WHERE a.status = 'active' AND a.updatedAt >= ? AND r.answeredAt IS NOT NULL
            """, arguments: [now - activeAttemptHorizon])
        return min(now, open ?? now)
    }

    /// Moves the kept cards up to the settled boundary (rebuilding them when stale), in one transaction.
    static func bringForward(_ db: Database, scheduler: FSRSScheduler, parameters: String, now: Double) throws {
        let boundary = try settledBoundary(db, now: now)
        var replay: ReviewReplay
        var from: Double
        if let progress = try ReviewProgress.fetch(db), progress.isUsable(for: parameters) {
            guard boundary > progress.through else { return }
            replay = ReviewReplay(scheduler: scheduler, times: progress.times)
            from = progress.through
        } else {
            try db.execute(sql: "DELETE FROM review_card")
            replay = ReviewReplay(scheduler: scheduler)
            from = -Double.greatestFiniteMagnitude
        }
        let lookup = try db.cachedStatement(sql: "SELECT questionID, state, step, stability, difficulty, due, lastReview FROM review_card WHERE questionID = ?")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT questionID, isCorrect, answeredAt, timeSpent, unsure FROM response
            WHERE answeredAt >= ? AND answeredAt < ? ORDER BY answeredAt, attemptID, position
            """, arguments: [from, boundary])
        var loaded = Set<String>()
        while let row = try rows.next() {
            let id: String = row[0]
            // A card already kept is read once, the first time one of its answers comes by.
            if loaded.insert(id).inserted, replay.cards[id] == nil, let kept = try Row.fetchOne(lookup, arguments: [id]) {
                replay.cards[id] = card(kept)
            }
            replay.apply(questionID: id, correct: row[1], answeredAt: row[2], timeSpent: row[3], unsure: row[4])
        }
        let save = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO review_card (questionID, state, step, stability, difficulty, due, lastReview)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for id in replay.takeChanged() {
            guard let card = replay.cards[id] else { continue }
            try save.execute(arguments: [id, card.state.rawValue, card.step, card.stability, card.difficulty,
                                         card.due.timeIntervalSince1970, card.lastReview?.timeIntervalSince1970])
        }
        try ReviewProgress(parameters: parameters, through: boundary, times: replay.times, stale: false).save(db)
    }

    /// Every answer replayed in memory, one row at a time (for a file the cards cannot be kept in).
    func replayAll(scheduler: FSRSScheduler) throws -> ReviewReplay {
        try read { db in
            var replay = ReviewReplay(scheduler: scheduler)
            let rows = try Row.fetchCursor(db, sql: Self.answersFrom, arguments: [-Double.greatestFiniteMagnitude])
            while let row = try rows.next() {
                replay.apply(questionID: row[0], correct: row[1], answeredAt: row[2], timeSpent: row[3], unsure: row[4])
            }
            return replay
        }
    }

    static func card(_ row: Row) -> FSRSCard {
        let lastReview: Double? = row[6]
        return FSRSCard(state: FSRSState(rawValue: row[1]) ?? .learning, step: row[2], stability: row[3], difficulty: row[4],
                        due: Date(timeIntervalSince1970: row[5]), lastReview: lastReview.map { Date(timeIntervalSince1970: $0) })
    }

    /// Identifies the scheduler settings the kept cards were built with.
    static func fingerprint(_ scheduler: FSRSScheduler) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(scheduler.parameters)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

/// The one `review_progress` row: up to when the kept cards go, and how they were built.
struct ReviewProgress {
    var parameters: String
    var through: Double
    var times: AnswerTimeHistogram
    var stale: Bool

    func isUsable(for parameters: String) -> Bool { !stale && self.parameters == parameters }

    /// The row, or nil when there is none or its histogram is damaged (then everything is rebuilt).
    static func fetch(_ db: Database) throws -> ReviewProgress? {
        guard let row = try Row.fetchOne(db, sql: "SELECT parameters, through, times, stale FROM review_progress WHERE id = 1"),
              let blob: Data = row[2], let times = decode(blob) else { return nil }
        return ReviewProgress(parameters: row[0], through: row[1], times: times, stale: row[3])
    }

    func save(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO review_progress (id, parameters, through, times, stale) VALUES (1, ?, ?, ?, ?)
            """, arguments: [parameters, through, Self.encode(times), stale])
    }

    /// The histogram's non-empty buckets as little-endian (bucket, count) pairs of 32-bit numbers.
    static func encode(_ times: AnswerTimeHistogram) -> Data {
        var bytes: [UInt8] = []
        for (bucket, count) in times.sparse {
            withUnsafeBytes(of: UInt32(bucket).littleEndian) { bytes += $0 }
            withUnsafeBytes(of: UInt32(count).littleEndian) { bytes += $0 }
        }
        return Data(bytes)
    }

    static func decode(_ data: Data) -> AnswerTimeHistogram? {
        guard data.count % 8 == 0 else { return nil }
        let bytes = [UInt8](data)
        func word(_ at: Int) -> Int {
            Int(UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24)
        }
        let pairs = stride(from: 0, to: bytes.count, by: 8).map { (bucket: word($0), count: word($0 + 4)) }
        return AnswerTimeHistogram(sparse: pairs)
    }
}
