import Foundation
@testable import QuestionBank
import Testing

/// Real question banks written elsewhere: MMLU's medical subjects as header-less CSV, and
/// OpenTriviaQA's JSON, whose shape is not this app's schema.
@Suite("Importing real banks", .enabled(if: SharedTestData.available))
struct ImportBankDataTests {
    static let mmlu: [(file: String, rows: Int, answers: [Int])] = [
        ("anatomy_test", 135, [25, 34, 45, 31]),
        ("clinical_knowledge_test", 265, [57, 71, 58, 79]),
        ("college_medicine_test", 173, [36, 36, 43, 58]),
        ("medical_genetics_test", 100, [30, 26, 20, 24]),
        ("professional_medicine_test", 282, [50, 59, 46, 127]),
        ("anatomy_dev", 5, []), ("clinical_knowledge_dev", 5, []), ("college_medicine_dev", 5, []),
        ("medical_genetics_dev", 5, []), ("professional_medicine_dev", 5, []),
    ]

    @Test("each MMLU medical CSV gives one question per row with the right answer spread", arguments: mmlu)
    func mmluCounts(file: String, rows: Int, answers: [Int]) throws {
        let path = SharedTestData.path("banks/mmlu-medical/\(file).csv")
        let result = QuestionImporter.importFile(at: path, format: .csv, options: ImportOptions(
            domain: "terminology", columns: ["stem", "a", "b", "c", "d", "answer"]
        ))
        #expect(result.diagnostics.isEmpty)
        #expect(result.questions.count == rows)
        #expect(result.questions.allSatisfy { $0.choices.count == 4 })
        #expect(Set(result.questions.map(\.id)).count == rows)
        #expect(result.questions.first?.id == file.replacingOccurrences(of: "_", with: "-") + "-1")
        if !answers.isEmpty {
            #expect((0..<4).map { index in result.questions.filter { $0.correctIndex == index }.count } == answers)
        }
    }

    @Test("records with line breaks inside quotes keep them, and every record's line is where it starts")
    func multiLineRows() throws {
        let path = SharedTestData.path("banks/mmlu-medical/college_medicine_test.csv")
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let questions = QuestionImporter.importFile(at: path, format: .csv, options: ImportOptions(
            domain: "terminology", columns: ["stem", "a", "b", "c", "d", "answer"]
        )).questions
        let multiLine = questions.filter { ([$0.stem] + $0.choices.map(\.text)).contains { $0.contains("\n") } }
        #expect(multiLine.count == 16)
        #expect(questions.last?.location?.line ?? 0 > questions.count)
        for question in questions {
            let line = try #require(question.location?.line)
            let firstLine = question.stem.split(separator: "\n").first.map(String.init) ?? ""
            let written = lines[line - 1]
            #expect(written.hasPrefix(firstLine) || written.hasPrefix("\"" + firstLine.replacingOccurrences(of: "\"", with: "\"\"")), "line \(line)")
        }
    }

    @Test("OpenTriviaQA's JSON is a bare list with answers as text, so it is refused in one clear error")
    func openTriviaQA() {
        let result = QuestionImporter.importFile(at: SharedTestData.path("banks/opentriviaqa/brain-teasers.json"), format: .json, options: ImportOptions(domain: "terminology"))
        #expect(result.questions.isEmpty)
        #expect(result.errors.lineMessages == ["1: expected an object with \"schema\": \"mmprep.questions.v1\" and \"questions\": a list of question objects"])
    }
}
