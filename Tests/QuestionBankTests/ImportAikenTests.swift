import Foundation
@testable import QuestionBank
import Testing

@Suite("Importing Aiken")
struct ImportAikenTests {
    @Test("questions with A) and A. labels, an optional space, and blank lines anywhere")
    func reads() throws {
        let aiken = """
            Which form bills professional services?
            A) UB-04
            B. CMS-1500

            C)CMS-855I
            ANSWER: B

            Is <b>this</b> & that kept as written?
            A) Yes
            B) No
            ANSWER: A
            """
        let result = importText(aiken, .aiken, file: "forms.txt")
        #expect(result.diagnostics.isEmpty)
        #expect(result.questions.map(\.id) == ["q-1", "q-2"])
        #expect(result.questions[0].choices.map(\.text) == ["UB-04", "CMS-1500", "CMS-855I"])
        #expect(result.questions[0].correctIndex == 1)
        #expect(result.questions[0].location == SourceLocation(file: "forms.txt", line: 1, column: 1))
        #expect(result.questions[1].stem == "Is <b>this</b> & that kept as written?")
    }

    @Test("each error names its line, and the questions around it still import")
    func errors() {
        let aiken = """
            A) An answer before any question
            One answer only
            A) Only
            ANSWER: A
            ANSWER: B
            Unfinished question
            A) x
            B) y
            Good question
            A) x
            B) y
            ANSWER: C
            Another good one
            A) x
            B) y
            ANSWER: b
            Last one
            A) x
            B) y
            ANSWER: B
            Never finished
            A) x
            """
        let result = importText(aiken, .aiken)
        #expect(result.errors.lineMessages == [
            "1: question not started: an answer line must follow a question line",
            "4: question must have at least 2 answers",
            "5: question not started: an 'ANSWER:' line must follow a question and its answers",
            "9: question not completed before next question start (the question on line 6 has no 'ANSWER:' line)",
            "12: the answer must be a letter from A to B, not 'C'",
            "16: the answer must be a letter from A to B, not 'b'",
            "21: question not completed: the file ends before its 'ANSWER:' line",
        ])
        // Ids count every question started, so fixing an earlier one never renumbers the rest.
        #expect(result.questions.map(\.id) == ["q-5"])
        #expect(result.questions.first?.correctIndex == 1)
    }

    @Test("more than six choices is refused, since a question holds at most six")
    func tooManyChoices() {
        let lines = ["Pick one"] + (0..<7).map { "\(ImportAssembler.letter($0))) Choice \($0)" } + ["ANSWER: A"]
        let result = importText(lines.joined(separator: "\n"), .aiken)
        #expect(result.questions.isEmpty)
        #expect(result.errors.lineMessages == ["1: question has 7 choices; it needs 2 to 6"])
    }

    @Test("without a domain every question is refused with the reason")
    func needsDomain() {
        let result = importText("Q?\nA) x\nB) y\nANSWER: A\n", .aiken, domain: nil)
        #expect(result.questions.isEmpty)
        #expect(result.errors.lineMessages == ["1: question has no domain: the file names none, so pass --domain"])
    }
}

@Suite("Aiken files with no question")
struct AikenNoQuestionTests {
    @Test("a file whose lines are all too short to read is an error, not a silent empty import")
    func tooShort() {
        let result = QuestionImporter.importText("'\rc", file: "short.txt", format: .aiken, options: ImportOptions(domain: "coding"))
        #expect(result.questions.isEmpty)
        #expect(result.diagnostics.map(\.description).contains { $0.hasPrefix("short.txt:1:1: no question found") })
    }
}
