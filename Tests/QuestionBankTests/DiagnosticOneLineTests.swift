import QuestionBank
import Testing

@Suite("Diagnostics stay on one line")
struct DiagnosticOneLineTests {
    @Test("a question id that spans lines in the file is quoted with \\n, not a line break (found by fuzzing)")
    func multiLineID() {
        let yaml = "domain: alpha\nquestions:\n  - id: bad\n\n      -one\n    topic: t\n"
        let result = BankLoader.parse(files: [("domains.yaml", "domains:\n  - id: alpha\n    name: Alpha\n"), ("q.yaml", yaml)])
        let quoting = result.diagnostics.filter { $0.message.contains("bad") }
        #expect(!quoting.isEmpty)
        #expect(quoting.allSatisfy { !$0.description.contains("\n") })
        #expect(quoting.contains { $0.message.contains("'bad\\n-one'") })
    }

    @Test("CR, LF, CRLF and other line breaks in a message")
    func breaks() {
        let location = SourceLocation(file: "f", line: 1, column: 1)
        #expect(Diagnostic.error(location, "a\nb\rc\r\nd\u{2028}e").message == "a\\nb\\rc\\r\\nd e")
        #expect(Diagnostic.warning(location, "plain").message == "plain")
    }
}
