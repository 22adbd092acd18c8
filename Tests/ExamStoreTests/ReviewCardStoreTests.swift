import ExamEngine
import ExamStore
import Foundation
import LearningModel
import QuestionBank
import Testing
import TestSupport

@Suite("Review cards kept in the store")
struct ReviewCardStoreTests {
    let bank = SampleBank.standard()
    let day = 86_400.0
    let start = 1_700_000_000.0

    /// One attempt of the mini blueprint answered at `wall`, with varied times, unsure marks and a changed answer.
    @discardableResult
    func attempt(_ store: ExamStore, round: Int, wall: Double, submit: Bool = true) throws -> (Int64, ExamSession) {
        let spec = ExamSpec.blueprint(bank.blueprint("mini")!, in: bank)
        var session = ExamSession(spec: spec, items: try ExamAssembler.assemble(spec, from: bank, seed: UInt64(round + 1)), now: 0)
        let id = try store.createAttempt(session, bank: bank, seed: 1, wallTime: Date(timeIntervalSince1970: wall))
        var t = 0.0
        for index in 0..<session.count {
            _ = session.go(to: index, at: t)
            t += Double(5 + (index * 37 + round * 11) % 90)
            try store.save(session.answer(displayPosition: (index + round) % 4, at: t), of: session, attempt: id, now: t, wallTime: Date(timeIntervalSince1970: wall + t))
            if (index + round) % 4 == 1 {
                try store.save(session.toggleUnsure(at: t), of: session, attempt: id, now: t, wallTime: Date(timeIntervalSince1970: wall + t))
            }
            if index % 5 == 2 {
                t += 3
                try store.save(session.answer(displayPosition: (index + round + 1) % 4, at: t), of: session, attempt: id, now: t, wallTime: Date(timeIntervalSince1970: wall + t))
            }
        }
        if submit {
            session.submit(at: t)
            let report = ExamScorer.report(session, bank: bank, now: t)
            try store.submit(session, report: report, attempt: id, now: t, wallTime: Date(timeIntervalSince1970: wall + t))
        }
        return (id, session)
    }

    func scheduler(retention: Double = 0.9) throws -> FSRSScheduler {
        var parameters = FSRSParameters()
        parameters.desiredRetention = retention
        return try FSRSScheduler(parameters: parameters)
    }

    /// The cards a replay of every answer gives, before the exam-date cap.
    func replayed(_ store: ExamStore, retention: Double = 0.9) throws -> [String: FSRSCard] {
        var replay = ReviewReplay(scheduler: try scheduler(retention: retention))
        for answer in try store.answers() { replay.apply(answer) }
        return replay.cards
    }

    @Test("kept cards equal a replay of every answer as the history grows")
    func keptEqualsReplay() throws {
        let temp = try TemporaryDirectory()
        let store = try ExamStore(path: temp.path + "/progress.sqlite")
        let scheduler = try scheduler()
        for round in 0..<6 {
            let wall = start + Double(round) * 3 * day
            try attempt(store, round: round, wall: wall)
            let now = wall + day
            let kept = try store.reviewCards(scheduler: scheduler, now: now)
            #expect(kept == (try replayed(store)))
            #expect(!kept.isEmpty)
        }
        // A second store on the same file reads the same kept cards.
        let again = try ExamStore(path: temp.path + "/progress.sqlite")
        #expect(try again.reviewCards(scheduler: scheduler, now: start + 30 * day) == (try replayed(store)))
    }

    @Test("answers of an open attempt stay out of the kept cards until it ends, and still count")
    func openAttempt() throws {
        let store = try ExamStore.inMemory()
        let scheduler = try scheduler()
        try attempt(store, round: 0, wall: start)
        let (id, session) = try attempt(store, round: 1, wall: start + day, submit: false)
        #expect(try store.reviewCards(scheduler: scheduler, now: start + day + 3_600) == (try replayed(store)))
        // Changing an answer of the open attempt afterwards is still seen.
        var resumed = session
        _ = resumed.go(to: 0, at: 1_000)
        try store.save(resumed.answer(displayPosition: 3, at: 1_001), of: resumed, attempt: id, now: 1_001, wallTime: Date(timeIntervalSince1970: start + day + 4_000))
        #expect(try store.reviewCards(scheduler: scheduler, now: start + day + 5_000) == (try replayed(store)))
        resumed.submit(at: 1_002)
        try store.submit(resumed, report: ExamScorer.report(resumed, bank: bank, now: 1_002), attempt: id, now: 1_002,
                         wallTime: Date(timeIntervalSince1970: start + day + 5_000))
        #expect(try store.reviewCards(scheduler: scheduler, now: start + 2 * day) == (try replayed(store)))
    }

    @Test("an old answer changed after it was kept makes the cards rebuild from the history")
    func staleRebuilds() throws {
        let store = try ExamStore.inMemory()
        let scheduler = try scheduler()
        try attempt(store, round: 0, wall: start)
        // An attempt left open for weeks is treated as settled…
        let (id, session) = try attempt(store, round: 1, wall: start + day, submit: false)
        try attempt(store, round: 2, wall: start + 20 * day)
        #expect(try store.reviewCards(scheduler: scheduler, now: start + 21 * day) == (try replayed(store)))
        // …until it is resumed and an answer changes: the kept cards are then rebuilt.
        var resumed = session
        _ = resumed.go(to: 1, at: 2_000)
        try store.save(resumed.answer(displayPosition: 2, at: 2_001), of: resumed, attempt: id, now: 2_001, wallTime: Date(timeIntervalSince1970: start + 22 * day))
        try store.save(resumed.toggleUnsure(at: 2_002), of: resumed, attempt: id, now: 2_002, wallTime: Date(timeIntervalSince1970: start + 22 * day))
        #expect(try store.reviewCards(scheduler: scheduler, now: start + 23 * day) == (try replayed(store)))
        // An answer stamped in the past (a clock set back) is folded in at its place too.
        try attempt(store, round: 3, wall: start + 2 * day)
        #expect(try store.reviewCards(scheduler: scheduler, now: start + 24 * day) == (try replayed(store)))
    }

    @Test("another retention rebuilds the cards with it")
    func retentionChange() throws {
        let store = try ExamStore.inMemory()
        for round in 0..<3 { try attempt(store, round: round, wall: start + Double(round) * 5 * day) }
        let now = start + 30 * day
        let strict = try store.reviewCards(scheduler: try scheduler(retention: 0.95), now: now)
        #expect(strict == (try replayed(store, retention: 0.95)))
        let relaxed = try store.reviewCards(scheduler: try scheduler(retention: 0.8), now: now)
        #expect(relaxed == (try replayed(store, retention: 0.8)))
        #expect(strict != relaxed)
    }

    @Test("due counts match the capped cards of a full replay, with and without an exam date")
    func counts() throws {
        let store = try ExamStore.inMemory()
        for round in 0..<5 { try attempt(store, round: round, wall: start + Double(round) * 2 * day) }
        try attempt(store, round: 5, wall: start + 10 * day, submit: false)
        for examDate in [nil, Date(timeIntervalSince1970: start + 14 * day)] {
            let schedule = ReviewSchedule(scheduler: try scheduler(), examDate: examDate)
            for offset in [0.5, 3.0, 12.0, 40.0] {
                let now = start + 10 * day + offset * day
                let cards = schedule.cards(from: try store.answers())
                let expected = ReviewCounts(
                    dueNow: ReviewSchedule.due(cards, at: Date(timeIntervalSince1970: now)).count,
                    dueByExam: examDate.map { exam in cards.values.filter { $0.due <= exam }.count })
                #expect(try store.reviewCounts(schedule: schedule, now: now) == expected)
            }
        }
    }

    @Test("domain tallies from the running counts equal a count over every answer")
    func domainTallies() throws {
        let store = try ExamStore.inMemory()
        for round in 0..<4 { try attempt(store, round: round, wall: start + Double(round) * day) }
        try attempt(store, round: 4, wall: start + 5 * day, submit: false)
        let answers = try store.answers()
        let tallies = try store.domainTallies()
        #expect(tallies.map(\.key) == Set(answers.map(\.domain)).sorted())
        for tally in tallies {
            let mine = answers.filter { $0.domain == tally.key }
            #expect(tally.unsureAnswers == mine.filter(\.unsure).count)
            #expect(tally.unsureCorrect == mine.filter { $0.unsure && $0.correct }.count)
            #expect(tally.sureAnswers == mine.filter { !$0.unsure }.count)
            #expect(tally.sureCorrect == mine.filter { !$0.unsure && $0.correct }.count)
            #expect(abs(tally.totalTime - mine.reduce(0) { $0 + $1.timeSpent }) < 1e-6)
        }
    }
}

@Suite("Kept aggregates: mastery sums and answers per quarter hour")
struct KeptAggregateTests {
    let bank = SampleBank.standard()
    let start = 1_700_000_000.0

    func answerSome(_ store: ExamStore, round: Int, wall: Double) throws {
        let spec = ExamSpec.blueprint(bank.blueprint("mini")!, in: bank)
        var session = ExamSession(spec: spec, items: try ExamAssembler.assemble(spec, from: bank, seed: UInt64(round + 1)), now: 0)
        let id = try store.createAttempt(session, bank: bank, seed: 1, wallTime: Date(timeIntervalSince1970: wall))
        for index in 0..<session.count {
            let t = Double(index) * 1_111
            _ = session.go(to: index, at: t)
            try store.save(session.answer(displayPosition: (index * 7 + round) % 4, at: t + 1), of: session, attempt: id, now: t + 1,
                           wallTime: Date(timeIntervalSince1970: wall + t))
        }
    }

    func close(_ a: [MasteryEstimate], _ b: [MasteryEstimate]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in
            x.key == y.key && x.answers == y.answers && x.correct == y.correct && abs(x.mean - y.mean) < 1e-9
                && abs(x.lower - y.lower) < 1e-9 && abs(x.upper - y.upper) < 1e-9
        }
    }

    @Test("kept mastery sums carried to a later instant equal the estimator over every answer, and new answers refresh them")
    func keptMastery() throws {
        let temp = try TemporaryDirectory()
        let store = try ExamStore(path: temp.path + "/progress.sqlite")
        let domains = bank.domains.map(\.id)
        for round in 0..<3 { try answerSome(store, round: round, wall: start + Double(round) * 86_400 * 4) }
        for (step, now) in [start + 20 * 86_400, start + 21 * 86_400, start + 90 * 86_400].enumerated() {
            if step == 1 { try answerSome(store, round: 7, wall: start + 20.5 * 86_400) }
            let answers = try store.answers()
            let reference = MasteryEstimator.estimate(answers, keys: domains, by: \.domain, now: now)
            // The first read computes and keeps; the second reads the kept sums.
            for _ in 0..<2 {
                let snapshot = try store.mastery(domains: domains, topics: bank.topicAreas(), now: now)
                #expect(close(snapshot.domains, reference), "step \(step)")
                for area in bank.topicAreas() {
                    let expected = MasteryEstimator.estimate(answers.filter { $0.domain == area.domain }, keys: [area.topic], by: \.topic, now: now)
                    let found = try #require(snapshot.topics.first { $0.domain == area.domain && $0.estimate.key == area.topic }?.estimate)
                    #expect(close([found], expected))
                }
            }
        }
    }

    @Test("answers per day from the quarter-hour counts equal a count of the answers, in any time zone")
    func dailyTallies() throws {
        let store = try ExamStore.inMemory()
        for round in 0..<4 { try answerSome(store, round: round, wall: start + Double(round) * 86_400 * 2 + Double(round) * 3_333) }
        let answers = try store.answers()
        let now = start + 9 * 86_400
        for offset in [0.0, 19_800, -12_600, 45_900, 1_234] {
            let tallies = try store.dailyTallies(days: 30, now: now, utcOffset: offset)
            #expect(tallies.count == 30)
            for tally in tallies {
                let mine = answers.filter { Int((($0.answeredAt + offset) / 86_400).rounded(.down)) == tally.day }
                #expect(tally.answers == mine.count && tally.correct == mine.filter(\.correct).count, "offset \(offset), day \(tally.day)")
            }
            #expect(tallies.reduce(0) { $0 + $1.answers } == answers.count)
        }
    }
}
