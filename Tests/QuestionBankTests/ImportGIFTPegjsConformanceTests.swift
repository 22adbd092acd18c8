import Foundation
@testable import QuestionBank
import Testing

/// The GIFT reader against the 51 GIFT files of another GIFT parser, each with the parse it
/// must produce. That parser collapses white space (Moodle keeps line breaks), so texts are
/// compared with white space folded; numerical answers use a model of their own and are
/// compared by type and stem only.
@Suite("Conformance with the gift-pegjs GIFT test pairs", .enabled(if: SharedTestData.available))
struct ImportGIFTPegjsConformanceTests {
    static let folder = "gift/gift-pegjs"

    /// Pairs where that parser deliberately differs from Moodle, whose rules this reader follows.
    static let knownDifferences: [String: String] = [:]

    @Test("each pair parses to the expected items, apart from the documented differences")
    func pairs() throws {
        let files = try SharedTestData.files(in: Self.folder, withExtension: "gift")
        #expect(files.count == 51)
        var matching: [String] = []
        var report: [String] = []
        for file in files {
            let base = String(file.dropLast(5))
            let expected = try SharedTestData.json("\(Self.folder)/\(base).json") as? [[String: Any]] ?? []
            let (items, diagnostics) = parseGIFT(try SharedTestData.text("\(Self.folder)/\(file)"), file: file)
            var problems = diagnostics.map { "\($0)" }
            if items.count != expected.count { problems.append("\(items.count) items, expected \(expected.count)") }
            for (index, (item, want)) in zip(items, expected).enumerated() {
                problems += PegjsFields.mismatches(item, want).map { "item \(index + 1): \($0)" }
            }
            if problems.isEmpty {
                matching.append(base)
                #expect(Self.knownDifferences[base] == nil, "\(base) now matches; remove it from the known differences")
            } else if Self.knownDifferences[base] == nil {
                report.append("\(base): " + problems.joined(separator: "; "))
            }
        }
        #expect(report.isEmpty, "\(report.joined(separator: "\n"))")
        #expect(matching.count + Self.knownDifferences.count == files.count)
    }
}

/// Compares a `GIFTItem` with an item of the gift-pegjs JSON model.
enum PegjsFields {
    static let types: [GIFTItemType: String] = [
        .multichoice: "MC", .truefalse: "TF", .shortanswer: "Short", .numerical: "Numerical",
        .match: "Matching", .essay: "Essay", .description: "Description", .category: "Category",
    ]

    static func mismatches(_ item: GIFTItem, _ want: [String: Any]) -> [String] {
        var problems: [String] = []
        func check(_ field: String, _ ours: Any?, _ theirs: Any?) {
            let a = normalized(ours), b = normalized(theirs)
            if a != b { problems.append("\(field): got \(a), expected \(b)") }
        }
        check("type", types[item.type], want["type"])
        if item.type == .category {
            check("title", item.category, want["title"])
            return problems
        }
        check("title", item.hasTitle ? item.name : nil, want["title"])
        check("stem", text(item.questionText), want["stem"])
        if want.keys.contains("id") { check("id", item.idNumber.isEmpty ? nil : item.idNumber, want["id"]) }
        if want.keys.contains("tags") { check("tags", item.tags.isEmpty ? nil : item.tags, want["tags"]) }
        if want.keys.contains("globalFeedback") { check("globalFeedback", text(item.generalFeedback), want["globalFeedback"]) }
        if let embedded = want["hasEmbeddedAnswers"] as? Bool {
            check("hasEmbeddedAnswers", item.hasBlank ? "true" : "false", embedded ? "true" : "false")
        }
        switch item.type {
        case .multichoice, .shortanswer:
            let ours = item.answers.map { answer -> [String: Any?] in
                let isCorrect = item.type == .multichoice ? answer.fraction == 1 && item.single : true
                return ["text": text(answer.text), "feedback": text(answer.feedback), "fraction": answer.fraction, "isCorrect": "\(isCorrect)"]
            }
            let theirs = (want["choices"] as? [[String: Any]] ?? []).map { choice -> [String: Any?] in
                let weight = (choice["weight"] as? NSNumber)?.doubleValue
                let isCorrect = choice["isCorrect"] as? Bool ?? false
                return ["text": choice["text"], "feedback": choice["feedback"],
                        "fraction": weight.map { $0 / 100 } ?? (isCorrect ? 1.0 : 0.0), "isCorrect": "\(isCorrect || item.type == .shortanswer)"]
            }
            check("choices", ours, theirs)
        case .truefalse:
            check("isTrue", item.correctAnswer ? "true" : "false", (want["isTrue"] as? Bool ?? false) ? "true" : "false")
            // That model names the feedbacks by position: the first is shown to a wrong answer.
            let wrong = item.correctAnswer ? item.feedbackFalse : item.feedbackTrue
            let right = item.correctAnswer ? item.feedbackTrue : item.feedbackFalse
            check("trueFeedback", text(wrong), want["trueFeedback"])
            check("falseFeedback", text(right), want["falseFeedback"])
        case .match:
            let ours = zip(item.subquestions, item.subanswers).map {
                ["subquestion": ["format": $0.0.format.rawValue, "text": $0.0.text], "subanswer": $0.1] as [String: Any?]
            }
            check("matchPairs", ours, want["matchPairs"])
        default:
            break
        }
        return problems
    }

    /// An empty text is absent (`null`) in that model.
    private static func text(_ value: GIFTText) -> [String: Any]? {
        value.text.isEmpty ? nil : ["format": value.format.rawValue, "text": value.text]
    }

    /// A canonical string: white space folded (and dropped beside a `_____` blank), keys sorted,
    /// numbers rounded, `nil` and JSON `null` alike.
    static func normalized(_ value: Any?) -> String {
        guard let value = unwrapped(value) else { return "null" }
        switch value {
        case is NSNull:
            return "null"
        case let dictionary as [String: Any?]:
            return "{" + dictionary.keys.sorted().map { "\($0): \(normalized(dictionary[$0] ?? nil))" }.joined(separator: ", ") + "}"
        case let dictionary as [String: Any]:
            return "{" + dictionary.keys.sorted().map { "\($0): \(normalized(dictionary[$0]))" }.joined(separator: ", ") + "}"
        case let array as [Any]:
            return "[" + array.map(normalized).joined(separator: ", ") + "]"
        case let string as String:
            let folded = string.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            return "\"" + folded.replacingOccurrences(of: " _____", with: "_____").replacingOccurrences(of: "_____ ", with: "_____") + "\""
        case let number as NSNumber:
            return String(format: "%.6f", number.doubleValue)
        case let number as Double:
            return String(format: "%.6f", number)
        default:
            return "\(value)"
        }
    }

    /// The value inside any number of optionals, or nil.
    private static func unwrapped(_ value: Any?) -> Any? {
        guard let value else { return nil }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.flatMap { unwrapped($0.value) }
    }
}
