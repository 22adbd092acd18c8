import Foundation
@testable import QuestionBank
import Testing

@Suite("Importing CSV")
struct ImportCSVTests {
    static let header = "stem,a,b,c,d,e,answer,explanation,reference,domain,topic,difficulty"

    @Test("a header row names the columns; quoted fields hold commas, quotes and line breaks")
    func header() throws {
        let csv = """
            \(Self.header)
            "Which form, if any?",UB-04,CMS-1500,,,,B,"The ""professional"" form.",Manual ch. 26,beta,Claims,1
            "Two
            lines?",Yes,No,Maybe,,,c,,,,,
            """
        let result = importText(csv, .csv, file: "bank.csv")
        #expect(result.diagnostics.isEmpty)
        let first = try #require(result.questions.first)
        #expect(first.id == "q-1")
        #expect(first.stem == "Which form, if any?")
        #expect(first.choices.map(\.text) == ["UB-04", "CMS-1500"])
        #expect(first.correctIndex == 1)
        #expect(first.explanation == "The \"professional\" form.")
        #expect(first.reference == "Manual ch. 26")
        #expect((first.domain, first.topic, first.difficulty) == ("beta", "Claims", 1))
        let second = try #require(result.questions.last)
        #expect(second.stem == "Two\nlines?")
        #expect(second.correctIndex == 2)
        #expect((second.domain, second.topic, second.difficulty) == ("alpha", "Imported", 2))
        #expect(second.location == SourceLocation(file: "bank.csv", line: 3, column: 1))
    }

    @Test("header names may come in any order, in any case, with an id column")
    func reorderedHeader() throws {
        let csv = "ID,Answer,Stem,B,A\nbil-9,a,Which?,No,Yes\n"
        let question = try #require(importText(csv, .csv).questions.first)
        #expect(question.id == "bil-9")
        #expect(question.choices.map(\.text) == ["Yes", "No"])
        #expect(question.correctIndex == 0)
    }

    @Test("--columns names the columns of a file without a header; - skips one")
    func columns() throws {
        let csv = "Which?,Yes,No,ignored,A\r\nWhat?,One,Two,ignored,B\r\n"
        let result = importText(csv, .csv, columns: ["stem", "a", "b", "-", "answer"])
        #expect(result.diagnostics.isEmpty)
        #expect(result.questions.map(\.correctIndex) == [0, 1])
        #expect(result.questions.map(\.location?.line) == [1, 2])
    }

    @Test("a first row that is not a header asks for --columns; a bad header names its problem")
    func headerErrors() {
        #expect(importText("Which?,Yes,No,A\n", .csv).errors.lineMessages == [
            "1: the first row is not a header naming the columns (stem,a,b,c,d,e,answer,explanation,reference,domain,topic,difficulty,id); for a file without a header, name its columns with --columns",
        ])
        #expect(importText("stem,a,answer,colour\n", .csv).errors.lineMessages == [
            "1: header: unknown column 'colour' (known columns: stem, a, b, c, d, e, answer, explanation, reference, domain, topic, difficulty, id)",
            "1: header: no 'b' column",
        ])
        #expect(importText("x\n", .csv, columns: ["stem", "stem"]).errors.lineMessages == [
            "1: --columns: column 'stem' is named twice", "1: --columns: no 'a' column", "1: --columns: no 'b' column", "1: --columns: no 'answer' column",
        ])
    }

    @Test("row errors name the line the record starts on, counting line breaks inside quotes")
    func rowErrors() {
        let csv = """
            \(Self.header)
            "Multi
            line",a,b,,,,A,,,,,
            Short row,a,b
            Gap?,a,,c,,,A,,,,,
            Letter?,a,b,,,,C,,,,,
            Hard?,a,b,,,,A,,,,,4
            Fine?,a,b,,,,B,,,,,3

            """
        let result = importText(csv, .csv)
        #expect(result.errors.lineMessages == [
            "4: row has 3 fields but the header names 12 columns",
            "5: choice b is empty but a later choice is not",
            "6: answer must be a letter from A to B naming a choice, not 'C'",
            "7: difficulty must be 1, 2 or 3, not '4'",
        ])
        #expect(result.questions.map(\.id) == ["q-1", "q-6"])
        #expect(result.questions.map(\.location?.line) == [2, 8])
    }
}
