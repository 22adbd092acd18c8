import ExamEngine
import ExamStore
import Foundation
import LearningModel
import QuestionBank
import Testing
import TestSupport

@Suite("Aggregates over the history")
struct AggregateTests {
    let bank = SampleBank.standard()

    /// Several attempts with right, wrong, changed and cleared answers.
    func history(_ store: ExamStore) throws {
        for round in 0..<4 {
            let spec = ExamSpec.blueprint(bank.blueprint("mini")!, in: bank)
            var session = ExamSession(spec: spec, items: try ExamAssembler.assemble(spec, from: bank, seed: UInt64(round + 1)), now: 0)
            let id = try store.createAttempt(session, bank: bank, seed: 1, wallTime: Date(timeIntervalSince1970: 1_000))
            for index in 0..<session.count {
                let t = Double(round * 1_000 + index * 10)
                let wall = Date(timeIntervalSince1970: 1_700_000_000 + Double(round) * 86_400 * 9 + t)
                _ = session.go(to: index, at: t)
                try store.save(session.answer(displayPosition: (index + round) % 4, at: t), of: session, attempt: id, now: t, wallTime: wall)
                if index % 3 == 0 {
                    try store.save(session.answer(displayPosition: (index + round + 1) % 4, at: t + 1), of: session, attempt: id, now: t + 1, wallTime: wall.addingTimeInterval(1))
                }
                if index == 7 { try store.save(session.clearAnswer(at: t + 2), of: session, attempt: id, now: t + 2, wallTime: wall.addingTimeInterval(2)) }
            }
            if round == 3 { try store.abandon(attempt: id, wallTime: Date(timeIntervalSince1970: 1_800_000_000)) }
        }
    }

    @Test("mastery from the aggregates equals the estimator over every answer")
    func masteryMatches() throws {
        let store = try ExamStore.inMemory()
        try history(store)
        let now = 1_700_000_000 + 40 * 86_400.0
        let answers = try store.answers()
        let snapshot = try store.mastery(domains: bank.domains.map(\.id), topics: bank.topicAreas(), now: now)
        let domains = MasteryEstimator.estimate(answers, keys: bank.domains.map(\.id), by: \.domain, now: now)
        #expect(snapshot.domains == domains)
        for area in bank.topicAreas() {
            let reference = MasteryEstimator.estimate(answers.filter { $0.domain == area.domain }, keys: [area.topic], by: \.topic, now: now)[0]
            let found = snapshot.topics.first { $0.domain == area.domain && $0.estimate.key == area.topic }?.estimate
            #expect(found == reference)
        }
        #expect(snapshot.answers == answers.count)
        #expect(snapshot.correct == answers.filter(\.correct).count)
        #expect(snapshot.topics.count == bank.topicAreas().count)
    }

    @Test("running counts follow answers, changes, cleared answers and a file reopened")
    func countsFollowWrites() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/progress.sqlite"
        let store = try ExamStore(path: path)
        try history(store)
        let answers = try store.answers()
        let totals = try store.answerTotals()
        #expect(totals.answers == answers.count && totals.correct == answers.filter(\.correct).count)
        #expect(totals.answers == 4 * 9)
        let byAttempt = Dictionary(grouping: answers, by: \.attemptID).mapValues(\.count)
        for attempt in try store.attempts() {
            #expect(attempt.answeredCount == byAttempt[attempt.id, default: 0])
        }
        let reopened = try ExamStore(path: path)
        let again = try reopened.answerTotals()
        #expect(again.answers == totals.answers && again.correct == totals.correct)
    }

    @Test("an empty store has no answers and prior estimates")
    func empty() throws {
        let store = try ExamStore.inMemory()
        let snapshot = try store.mastery(domains: ["alpha"], topics: [("alpha", "Topic one")], now: 0)
        #expect(snapshot.answers == 0)
        #expect(snapshot.domains[0].mean == 0.5 && snapshot.domains[0].answers == 0)
        #expect(snapshot.topics[0].estimate.mean == 0.5)
    }
}
