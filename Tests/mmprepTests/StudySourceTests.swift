import ExamEngine
import ExamStore
import Foundation
import LearningModel
@testable import mmprep
import QuestionBank
import Testing
import TestSupport

@Suite("The adaptive drill's history read from the store")
struct StudySourceTests {
    let bank = SampleBank.standard()

    @Test("the drill history from the store's aggregates matches one built from every answer")
    func drillHistoryMatches() throws {
        let store = try ExamStore.inMemory()
        let start = 1_700_000_000.0
        for round in 0..<3 {
            let spec = ExamSpec.blueprint(bank.blueprint("mini")!, in: bank)
            var session = ExamSession(spec: spec, items: try ExamAssembler.assemble(spec, from: bank, seed: UInt64(round + 1)), now: 0)
            let id = try store.createAttempt(session, bank: bank, seed: 1, wallTime: Date(timeIntervalSince1970: start))
            for index in 0..<session.count {
                let t = Double(index * 40 + 1)
                _ = session.go(to: index, at: t - 1)
                try store.save(session.answer(displayPosition: (index * 3 + round) % 4, at: t), of: session, attempt: id, now: t,
                               wallTime: Date(timeIntervalSince1970: start + Double(round) * 86_400 + t))
            }
        }
        let now = start + 5 * 86_400
        let drill = ExamSession(spec: ExamSpec(title: "Drill", kind: .drill, mode: .tutor, shares: [], timeLimit: nil, passPercent: 70),
                                items: [], now: 0)
        let fromStore = try StudySource(store: store, bank: bank).drillHistory(for: drill, at: now)
        let reference = DrillHistory(answers: try store.answers(), now: now)
        #expect(fromStore.answerCount == reference.answerCount)
        #expect(Set(fromStore.domainMastery.keys) == Set(reference.domainMastery.keys))
        for (key, estimate) in reference.domainMastery { #expect(abs(fromStore.domainMastery[key]!.mean - estimate.mean) < 1e-9) }
        #expect(Set(fromStore.topicMastery.keys) == Set(reference.topicMastery.keys))
        for (key, estimate) in reference.topicMastery { #expect(abs(fromStore.topicMastery[key]!.mean - estimate.mean) < 1e-9) }
        #expect(fromStore.lastAnswers.count == reference.lastAnswers.count)
        for (id, last) in reference.lastAnswers {
            #expect(fromStore.lastAnswers[id]?.time == last.time && fromStore.lastAnswers[id]?.correct == last.correct)
        }
    }
}
