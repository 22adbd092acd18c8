import QuestionBank
import Testing
import TestSupport

@Suite("Blueprints and coverage")
struct BlueprintTests {
    @Test("largest-remainder rounding adds up exactly and favours larger remainders")
    func largestRemainder() {
        #expect(Blueprint.largestRemainder(total: 100, weights: [25, 20, 20, 25, 10]) == [25, 20, 20, 25, 10])
        #expect(Blueprint.largestRemainder(total: 25, weights: [25, 20, 20, 25, 10]) == [6, 5, 5, 6, 3])
        #expect(Blueprint.largestRemainder(total: 200, weights: Array(repeating: 1, count: 9)) == [23, 23, 22, 22, 22, 22, 22, 22, 22])
        #expect(Blueprint.largestRemainder(total: 10, weights: [1, 1, 1]).reduce(0, +) == 10)
        #expect(Blueprint.largestRemainder(total: 0, weights: [1, 2]) == [0, 0])
    }

    @Test("full exams count respects shared domains")
    func fullExams() {
        let bank = SampleBank.standard()
        let mini = bank.blueprint("mini")!
        // 5 Compliance questions per exam from 20 alpha questions: 4 exams.
        #expect(bank.fullExamCount(for: mini) == 4)
        // cmm "Contracts" is fed by alpha and gamma, which also feed Risk (alpha) alone.
        let cmm = Blueprint(id: "c", name: "C", questionCount: 30, minutes: 0, passPercent: 70, outline: "cmm",
                            weights: [.init(key: "Risk", weight: 1), .init(key: "Contracts", weight: 1), .init(key: "Revenue", weight: 1)])
        // Each exam: 10 Risk (alpha only), 10 Contracts (alpha or gamma), 10 Revenue (beta): 2 exams.
        #expect(bank.fullExamCount(for: cmm) == 2)
    }

    @Test("bank stats report counts per domain, topic, difficulty and blueprint")
    func coverageReport() throws {
        let report = BankCoverageReport(bank: SampleBank.standard())
        #expect(report.questions == 60)
        #expect(report.difficulty == [21, 21, 18])
        #expect(report.domains[0].topics.map(\.questions) == [10, 10])
        #expect(report.blueprints[0].fullExams == 4)
        #expect(try report.jsonString().contains("\"schema\" : \"mmprep.bank-stats.v1\""))
        #expect(report.text().contains("Mini exam"))
    }
}
