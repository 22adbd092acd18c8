import ExamEngine
import QuestionBank
import Testing
import TestSupport

@Suite("Exam assembly")
struct AssemblyTests {
    let bank = SampleBank.standard()

    @Test("blueprint counts follow the weights and no question repeats")
    func weights() throws {
        let spec = ExamSpec.blueprint(bank.blueprint("mini")!, in: bank)
        #expect(spec.shares.map(\.count) == [5, 3, 2])
        #expect(spec.timeLimit == 1200)
        let items = try ExamAssembler.assemble(spec, from: bank, seed: 7)
        #expect(items.count == 10)
        #expect(Set(items.map(\.questionID)).count == 10)
        let byShare = Dictionary(grouping: items, by: \.shareKey).mapValues(\.count)
        #expect(byShare == ["Compliance": 5, "Finance": 3, "Personnel": 2])
        #expect(items.filter { $0.shareKey == "Finance" }.allSatisfy { $0.domain == "beta" })
    }

    @Test("the same seed and bank give the same exam; another seed gives another")
    func reproducible() throws {
        let spec = ExamSpec.blueprint(bank.blueprint("mini")!, in: bank)
        let a = try ExamAssembler.assemble(spec, from: bank, seed: 42)
        let b = try ExamAssembler.assemble(spec, from: bank, seed: 42)
        let c = try ExamAssembler.assemble(spec, from: bank, seed: 43)
        #expect(a == b)
        #expect(a != c)
    }

    @Test("questions never seen come first, then the least recently seen")
    func unseenFirst() throws {
        let spec = ExamSpec.custom(count: 5, minutes: nil, domains: ["beta"], mode: .exam, in: bank)
        // Every beta question seen except b-20 and b-19; b-1 is the oldest seen.
        var seen: [String: Double] = [:]
        for n in 1...18 { seen["b-\(n)"] = Double(1000 + n) }
        let items = try ExamAssembler.assemble(spec, from: bank, lastSeen: seen, seed: 1)
        #expect(Set(items.map(\.questionID)) == ["b-20", "b-19", "b-1", "b-2", "b-3"])
    }

    @Test("choices are shuffled per question unless shuffle is false")
    func choiceOrder() throws {
        let spec = ExamSpec.custom(count: 20, minutes: nil, domains: ["alpha"], mode: .exam, in: bank)
        let items = try ExamAssembler.assemble(spec, from: bank, seed: 3)
        #expect(items.allSatisfy { $0.choiceOrder.sorted() == [0, 1, 2, 3] })
        #expect(items.contains { $0.choiceOrder != [0, 1, 2, 3] })

        let fixed = BankLoader.parse(files: [
            ("d.yaml", SampleBank.domainsYAML),
            ("f.yaml", SampleBank.bankYAML(domain: "alpha", prefix: "f", count: 4).replacingOccurrences(of: "    reference:", with: "    shuffle: false\n    reference:")),
        ]).bank
        let fixedItems = try ExamAssembler.assemble(.custom(count: 4, minutes: nil, domains: [], mode: .exam, in: fixed), from: fixed, seed: 3)
        #expect(fixedItems.allSatisfy { $0.choiceOrder == [0, 1, 2, 3] })
    }

    @Test("custom exams spread evenly and move what a small domain cannot supply")
    func customSpread() {
        #expect(ExamSpec.custom(count: 9, minutes: 10, domains: [], mode: .exam, in: bank).shares.map(\.count) == [3, 3, 3])
        #expect(ExamSpec.evenSplit(total: 10, capacities: [2, 20, 20]) == [2, 4, 4])
        #expect(ExamSpec.evenSplit(total: 100, capacities: [2, 3]) == [2, 3])
    }

    @Test("difficulty and topic filters restrict the pool")
    func filters() throws {
        let spec = ExamSpec.custom(count: 4, minutes: nil, domains: ["alpha"], difficulties: [3], topic: "Topic one", mode: .tutor, in: bank)
        let items = try ExamAssembler.assemble(spec, from: bank, seed: 5)
        for item in items {
            let q = bank.question(item.questionID)!
            #expect(q.difficulty == 3 && q.topic == "Topic one")
        }
        #expect(spec.mode == .tutor && spec.kind == .practice)
    }

    @Test("asking for more than the banks hold is a clear error")
    func notEnough() {
        var spec = ExamSpec.custom(count: 5, minutes: nil, domains: ["alpha"], mode: .exam, in: bank)
        spec.shares[0].count = 50
        #expect(throws: AssemblyError.notEnoughQuestions(share: "alpha", needed: 50, available: 20)) {
            try ExamAssembler.assemble(spec, from: bank, seed: 1)
        }
        #expect(AssemblyError.notEnoughQuestions(share: "alpha", needed: 50, available: 20).description
            == "not enough questions for 'alpha': the exam needs 50, the banks have 20 that fit")
    }

    @Test("a review exam keeps the given questions in order")
    func explicitQuestions() throws {
        var spec = ExamSpec.custom(count: 1, minutes: nil, domains: [], mode: .tutor, kind: .review, in: bank)
        spec.questionIDs = ["g-3", "a-1"]
        let items = try ExamAssembler.assemble(spec, from: bank, seed: 1)
        #expect(items.map(\.questionID) == ["g-3", "a-1"])
        spec.questionIDs = ["zzz"]
        #expect(throws: AssemblyError.unknownQuestion("zzz")) { try ExamAssembler.assemble(spec, from: bank, seed: 1) }
    }
}
