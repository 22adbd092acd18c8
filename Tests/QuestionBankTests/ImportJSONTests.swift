import Foundation
@testable import QuestionBank
import Testing

@Suite("Importing JSON")
struct ImportJSONTests {
    @Test("the documented schema: a file domain, every question field, string or object choices")
    func reads() throws {
        let json = """
            {
              "schema": "mmprep.questions.v1",
              "domain": "beta",
              "questions": [
                {
                  "id": "bil-100", "topic": "Claims", "difficulty": 3,
                  "stem": "Which form?",
                  "choices": [{"text": "CMS-1500", "correct": true, "feedback": "Professional claims."}, "UB-04"],
                  "explanation": "Because.", "reference": "Manual", "as_of": 2026, "shuffle": false, "tags": ["claims"]
                },
                {"stem": "Second?", "choices": [{"text": "x"}, {"text": "y", "correct": true}], "domain": "gamma"}
              ]
            }
            """
        let result = importText(json, .json, file: "bank.json")
        #expect(result.diagnostics.isEmpty)
        #expect(result.questions.count == 2)
        let first = result.questions[0]
        #expect(first.id == "bil-100")
        #expect((first.domain, first.topic, first.difficulty) == ("beta", "Claims", 3))
        #expect(first.choices == [Choice(text: "CMS-1500", isCorrect: true, feedback: "Professional claims."), Choice(text: "UB-04")])
        #expect((first.explanation, first.reference, first.asOf, first.shuffle, first.tags) == ("Because.", "Manual", 2026, false, ["claims"]))
        #expect(first.location == SourceLocation(file: "bank.json", line: 5, column: 5))
        let second = result.questions[1]
        #expect((second.id, second.domain, second.topic, second.difficulty) == ("q-2", "gamma", "Imported", 2))
    }

    @Test("syntax errors and wrong types are reported at their line and column")
    func errors() {
        let syntax = importText("{\n  \"questions\": [1,,2]\n}", .json).errors
        #expect(syntax.count == 1)
        #expect(syntax.first?.location.line == 2)
        #expect(syntax.first?.message.hasPrefix("invalid JSON: ") == true)
        let json = """
            {"questions": [
              {"stem": "A?", "choices": ["x", {"text": "y", "correct": "yes"}]},
              {"stem": "B?", "difficulty": "2", "choices": ["x", "y"], "colour": "red"},
              {"stem": "C?", "choices": [1, "y"]},
              {"stem": "D?", "choices": ["x", "y"]}
            ]}
            """
        let result = importText(json, .json)
        #expect(result.errors.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [
            "2:60: 'correct' must be true or false",
            "3:32: 'difficulty' must be a whole number",
            "3:60: unknown key 'colour' in question (known keys: as_of, choices, difficulty, domain, explanation, id, reference, shuffle, stem, tags, topic)",
            "4:30: a choice must be a string or an object with \"text\" and \"correct\"",
            "5:3: question has no correct choice",
        ])
    }

    @Test("a file in another shape is refused: a bare list, or an unknown schema")
    func otherShapes() {
        #expect(importText("[{\"question\": \"Q?\", \"answer\": \"x\", \"choices\": [\"x\", \"y\"]}]", .json).errors.lineMessages == [
            "1: expected an object with \"schema\": \"mmprep.questions.v1\" and \"questions\": a list of question objects",
        ])
        #expect(importText("{\"schema\": \"other.v2\", \"questions\": []}", .json).errors.lineMessages == [
            "1: unknown schema 'other.v2'; this version reads 'mmprep.questions.v1'",
        ])
    }
}
