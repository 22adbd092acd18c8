import Foundation

/// The `mmprep.questions.v1` JSON document: every field of every question.
struct QuestionsDocument: Codable {
    struct ChoiceRecord: Codable {
        var text: String
        var correct: Bool
        var feedback: String?
    }

    struct QuestionRecord: Codable {
        var id: String
        var domain: String
        var topic: String
        var difficulty: Int
        var stem: String
        var choices: [ChoiceRecord]
        var explanation: String
        var reference: String
        var asOf: Int?
        var shuffle: Bool
        var tags: [String]

        enum CodingKeys: String, CodingKey {
            case id, domain, topic, difficulty, stem, choices, explanation, reference
            case asOf = "as_of"
            case shuffle, tags
        }
    }

    var schema: String
    var questions: [QuestionRecord]
}

/// Writes questions as JSON in the schema the JSON importer reads.
enum JSONExporter {
    static func export(_ questions: [Question]) -> ExportResult {
        let document = QuestionsDocument(schema: JSONImporter.schema, questions: questions.map { question in
            QuestionsDocument.QuestionRecord(
                id: question.id, domain: question.domain, topic: question.topic, difficulty: question.difficulty,
                stem: question.stem,
                choices: question.choices.map { .init(text: $0.text, correct: $0.isCorrect, feedback: $0.feedback) },
                explanation: question.explanation, reference: question.reference, asOf: question.asOf,
                shuffle: question.shuffle, tags: question.tags
            )
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data()
        return ExportResult(text: String(decoding: data, as: UTF8.self) + "\n", exportedCount: questions.count)
    }
}
