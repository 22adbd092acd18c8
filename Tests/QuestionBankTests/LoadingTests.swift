import Foundation
import QuestionBank
import Testing
import TestSupport

@Suite("Loading banks")
struct LoadingTests {
    @Test("the sample bank loads every domain, question and blueprint")
    func loadsSample() {
        let bank = SampleBank.standard()
        #expect(bank.domains.map(\.id) == ["alpha", "beta", "gamma"])
        #expect(bank.questions.count == 60)
        #expect(bank.blueprints.map(\.id) == ["mini"])
        let question = bank.question("a-2")
        #expect(question?.domain == "alpha")
        #expect(question?.correctIndex == 1)
        #expect(question?.choices.count == 4)
        #expect(question?.location == SourceLocation(file: "banks/alpha.yaml", line: 16, column: 5))
        #expect(bank.domain("alpha")?.outlines["cmm"] == ["Risk", "Contracts"])
    }

    @Test("a folder on disk loads with domains.yaml first and the same hash each time")
    func loadsFolder() throws {
        let temp = try TemporaryDirectory()
        let folder = try SampleBank.writeFolder(in: temp.url)
        let first = BankLoader.load(paths: [folder.path])
        #expect(first.errors.isEmpty)
        #expect(first.bank.questions.count == 60)
        let second = BankLoader.load(paths: [folder.path])
        #expect(first.bank.contentHash == second.bank.contentHash)
        try "# edited\n".appendToFile(folder.appendingPathComponent("banks/beta.yaml"))
        #expect(BankLoader.load(paths: [folder.path]).bank.contentHash != first.bank.contentHash)
    }

    @Test("optional fields: as_of, shuffle, tags, feedback and plain-string choices")
    func optionalFields() {
        let yaml = """
            domain: alpha
            questions:
              - id: opt-1
                topic: T
                difficulty: 1
                stem: Which?
                choices:
                  - Plain wrong
                  - text: Right
                    correct: true
                    feedback: Because.
                explanation: Right is right because the rule says so, and plain wrong is wrong because it misreads the rule entirely.
                reference: R 1
                as_of: 2026
                shuffle: false
                tags: [x, y]
            """
        let result = BankLoader.parse(files: [("d.yaml", SampleBank.domainsYAML), ("b.yaml", yaml)])
        #expect(result.diagnostics.isEmpty)
        let q = result.bank.question("opt-1")
        #expect(q?.asOf == 2026)
        #expect(q?.shuffle == false)
        #expect(q?.tags == ["x", "y"])
        #expect(q?.choices[0] == Choice(text: "Plain wrong"))
        #expect(q?.choices[1].feedback == "Because.")
    }

    @Test("a missing path is an error, not a crash")
    func missingPath() {
        let result = BankLoader.load(paths: ["/nonexistent/mmprep-banks"])
        #expect(result.errors.map(\.description) == ["/nonexistent/mmprep-banks:1:1: no such file or folder"])
    }

    @Test("a file that is not UTF-8 is refused with the line of the bad byte")
    func notUTF8() throws {
        let temp = try TemporaryDirectory()
        let file = temp.url.appendingPathComponent("latin1.yaml")
        var bytes = Array("domain: alpha\nquestions:\n  - id: x\n    stem: caf".utf8)
        bytes.append(0xE9)
        try Data(bytes).write(to: file)
        let result = BankLoader.load(paths: [file.path], baseDomains: SampleBank.standard().domains)
        #expect(result.errors.map(\.description) == ["\(file.path):4:14: file is not valid UTF-8 text"])
    }
}

extension String {
    func appendToFile(_ url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(utf8))
    }
}
