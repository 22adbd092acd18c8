import Foundation
@testable import QuestionBank
import Testing

/// The GIFT and Aiken readers against Moodle's own parse of its fixture files and unit-test inputs.
@Suite("Conformance with Moodle's GIFT and Aiken parsers", .enabled(if: SharedTestData.available))
struct ImportMoodleConformanceTests {
    @Test("every item of Moodle's GIFT fixtures parses to Moodle's fields", arguments: ["questions.gift.txt", "questions_in_category.gift.txt", "examples.txt"])
    func giftFixtures(file: String) throws {
        let expected = try #require(try Self.expectedFile(file, in: "gift/moodle_fixture_expected.json"))
        let expectedItems = expected["items"] as? [[String: Any]] ?? []
        let (items, diagnostics) = parseGIFT(try SharedTestData.text("gift/" + file), file: file)
        #expect(diagnostics.isEmpty)
        #expect(items.count == expectedItems.count)
        #expect(items.filter { $0.type != .category }.count == expected["questions_imported"] as? Int)
        for (item, want) in zip(items, expectedItems) {
            let problems = MoodleFields.mismatches(item, want)
            #expect(problems.isEmpty, "\(file) line \(item.location.line): \(problems.joined(separator: "; "))")
        }
    }

    @Test("the Windows-1252 fixture is refused with the place of the first byte that is not UTF-8")
    func windows1252() {
        let path = SharedTestData.path("gift/questions_encoding_windows-1252.gift.txt")
        let result = QuestionImporter.importFile(at: path, format: .gift, options: ImportOptions(domain: "alpha"))
        #expect(result.questions.isEmpty)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.location.line == 15)
        #expect(result.errors.first?.message.contains("not UTF-8") == true)
    }

    @Test("each inline input of Moodle's GIFT unit tests gives the fields the test asserts")
    func giftUnitCases() throws {
        let cases = (try SharedTestData.json("gift/moodle_unit_test_cases.json") as? [String: Any])?["import_cases"] as? [[String: Any]] ?? []
        #expect(cases.count == 14)
        for testCase in cases {
            let name = testCase["test"] as? String ?? "?"
            let gift = try #require(testCase["gift"] as? String)
            // Moodle's test hands every line of the input to one question, blank lines included.
            var parser = GIFTParser(file: name)
            let lines = gift.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
                GIFTParser.SourceLine(text: String($0.element), line: $0.offset + 1, column: 1)
            }
            let parsed = parser.readQuestion(lines)
            let item = try #require(parsed, "\(name) gave no item")
            let problems = MoodleFields.mismatches(item, testCase["expected"] as? [String: Any] ?? [:])
            #expect(problems.isEmpty, "\(name): \(problems.joined(separator: "; "))")
        }
    }

    @Test("ids and tags are read from comments as Moodle's nine comment cases expect")
    func giftCommentCases() throws {
        let cases = (try SharedTestData.json("gift/moodle_unit_test_cases.json") as? [String: Any])?["extract_idnumber_and_tags_from_comment_cases"] as? [[String: Any]] ?? []
        #expect(cases.count == 9)
        for testCase in cases {
            let (id, tags) = GIFTParser.idNumberAndTags(in: testCase["comment"] as? String ?? "")
            #expect(id == testCase["expected_idnumber"] as? String, "\(testCase["case"] ?? "")")
            #expect(tags == testCase["expected_tags"] as? [String], "\(testCase["case"] ?? "")")
        }
    }

    @Test("Aiken fixtures give Moodle's questions, and its errors on the same lines", arguments: ["questions.aiken.txt", "aiken_errors.txt"])
    func aikenFixtures(file: String) throws {
        let expected = try #require(try Self.expectedFile(file, in: "aiken/moodle_fixture_expected.json"))
        let result = importText(try SharedTestData.text("aiken/" + file), .aiken, file: file)
        let items = expected["items"] as? [[String: Any]] ?? []
        #expect(result.questions.count == expected["questions_imported"] as? Int)
        for (question, item) in zip(result.questions, items) {
            // Moodle stores Aiken text HTML-escaped; the text itself is plain.
            #expect(question.stem == MarkupText.decodeEntities(item["questiontext"] as? String ?? ""))
            let answers = (item["answer"] as? [[String: Any]] ?? []).map { MarkupText.decodeEntities($0["text"] as? String ?? "") }
            #expect(question.choices.map(\.text) == answers)
            let fractions = (item["fraction"] as? [Double] ?? []).map { $0 == 1 }
            #expect(question.choices.map(\.isCorrect) == fractions)
        }
        let errors = expected["errors"] as? [[String: Any]] ?? []
        let moodleLines = errors.compactMap { ($0["message"] as? String)?.split(separator: " ").last.flatMap { Int($0) } }
        #expect(result.errors.map(\.location.line) == moodleLines)
        for (ours, theirs) in zip(result.errors, errors) {
            let message = (theirs["message"] as? String ?? "").lowercased()
            let gist = message.components(separatedBy: " on line").first ?? message
            #expect(ours.message.hasPrefix(gist), "\(ours.message) vs \(message)")
        }
    }

    static func expectedFile(_ name: String, in expectations: String) throws -> [String: Any]? {
        let files = (try SharedTestData.json(expectations) as? [String: Any])?["files"] as? [[String: Any]] ?? []
        return files.first { $0["file"] as? String == name }
    }
}

/// Compares a `GIFTItem` with the fields of a question as Moodle's parser returns them.
enum MoodleFields {
    static func mismatches(_ item: GIFTItem, _ want: [String: Any]) -> [String] {
        var problems: [String] = []
        func check(_ field: String, _ ours: Any?, _ theirs: Any?) {
            if !same(ours, theirs) { problems.append("\(field): got \(String(describing: ours ?? "nil")), Moodle \(String(describing: theirs ?? "nil"))") }
        }
        check("qtype", item.type.rawValue, want["qtype"])
        if item.type == .category {
            check("category", item.category, want["category"])
            return problems
        }
        let fields: [(String, Any?)] = [
            ("name", item.name), ("questiontext", item.questionText.text),
            ("questiontextformat", item.questionText.format.rawValue),
            ("generalfeedback", item.generalFeedback.text), ("generalfeedbackformat", item.generalFeedback.format.rawValue),
            ("single", item.single ? 1 : 0), ("correctanswer", item.correctAnswer ? 1 : 0),
            ("feedbacktrue", text(item.feedbackTrue)), ("feedbackfalse", text(item.feedbackFalse)),
            ("subquestions", item.subquestions.map(text)), ("subanswers", item.subanswers),
            ("fraction", item.answers.map(\.fraction)), ("feedback", item.answers.map { text($0.feedback) }),
            ("tolerance", item.answers.map { $0.tolerance ?? "" }), ("idnumber", item.idNumber), ("tags", item.tags),
        ]
        for (field, ours) in fields where want[field] != nil {
            check(field, ours, want[field])
        }
        if let answers = want["answer"] as? [Any] {
            // Multiple choice answers carry a format; short-answer and numerical ones are bare.
            let ours: [Any] = answers.first is [String: Any] ? item.answers.map { text($0.text) } : item.answers.map(\.text.text)
            check("answer", ours, answers)
        }
        return problems
    }

    private static func text(_ value: GIFTText) -> [String: Any] {
        ["text": value.text, "format": value.format.rawValue]
    }

    /// Equal as JSON values; numbers and numeric strings compare as numbers ("2" and 2 agree),
    /// and objects compare only on the keys Moodle's side lists besides `files`.
    static func same(_ a: Any?, _ b: Any?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x as [String: Any], y as [String: Any]):
            return y.keys.filter { $0 != "files" }.allSatisfy { same(x[$0], y[$0]) }
        case let (x as [Any], y as [Any]):
            return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        default:
            if let x = number(a), let y = number(b) { return abs(x - y) < 1e-9 }
            return "\(a ?? "")" == "\(b ?? "")"
        }
    }

    private static func number(_ value: Any?) -> Double? {
        switch value {
        case let n as NSNumber: return n.doubleValue
        case let s as String: return Double(s)
        case let d as Double: return d
        case let i as Int: return Double(i)
        default: return nil
        }
    }
}
