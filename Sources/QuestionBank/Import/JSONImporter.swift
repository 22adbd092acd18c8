import Foundation
import Yams

/// Imports JSON files in the `mmprep.questions.v1` schema (QuestionBanks/FORMAT.md, "JSON").
///
/// The text is first checked as strict JSON, then walked as a node tree (JSON is a subset of
/// YAML) so that every problem is reported at the line and column of the value at fault.
enum JSONImporter {
    static let schema = "mmprep.questions.v1"
    static let rootKeys: Set<String> = ["schema", "domain", "questions"]

    static func importText(_ text: String, file: String, options: ImportOptions) -> ImportResult {
        var assembler = ImportAssembler(file: file, options: options)
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            assembler.error(syntaxErrorLocation(detail, in: text, file: file), "invalid JSON: \(detail.lowercasedFirst)")
            return assembler.result
        }
        var document = YAMLDocument(file: file)
        guard let root = document.compose(text) else {
            assembler.diagnostics += document.diagnostics
            return assembler.result
        }
        guard case .mapping(let mapping) = root else {
            document.error(at: root, "expected an object with \"schema\": \"\(schema)\" and \"questions\": a list of question objects")
            assembler.diagnostics += document.diagnostics
            return assembler.result
        }
        document.rejectUnknownKeys(mapping, allowed: rootKeys, in: "the top-level object")
        if let written = document.text(mapping, "schema", in: "the top-level object", required: false), written != schema {
            document.error(at: mapping["schema"], "unknown schema '\(written)'; this version reads '\(schema)'")
        }
        let fileDomain = document.text(mapping, "domain", in: "the top-level object", required: false)
        var drafts: [(QuestionDraft?, Int)] = []
        if let list = mapping["questions"] {
            if let items = document.sequence(list, "'questions'") {
                for (offset, item) in items.enumerated() {
                    drafts.append((draft(item, fileDomain: fileDomain, document: &document), offset + 1))
                }
            }
        } else {
            document.error(at: root, "the top-level object has no 'questions'")
        }
        assembler.diagnostics += document.diagnostics
        for case let (draft?, ordinal) in drafts {
            assembler.add(draft, ordinal: ordinal)
        }
        return assembler.result
    }

    private static func draft(_ node: Node, fileDomain: String?, document: inout YAMLDocument) -> QuestionDraft? {
        guard let mapping = document.mapping(node, "a question") else { return nil }
        document.rejectUnknownKeys(mapping, allowed: BankFileParser.questionKeys, in: "question")
        let errorsBefore = document.diagnostics.count
        let id = document.text(mapping, "id", in: "question", required: false)
        let what = id.map { "question '\($0)'" } ?? "question"
        let domain = document.text(mapping, "domain", in: what, required: false) ?? fileDomain
        let topic = document.text(mapping, "topic", in: what, required: false)
        let difficulty = document.integer(mapping, "difficulty", in: what, required: false)
        let stem = document.text(mapping, "stem", in: what)
        let choices = choices(mapping, in: what, document: &document)
        let explanation = document.text(mapping, "explanation", in: what, required: false) ?? ""
        let reference = document.text(mapping, "reference", in: what, required: false) ?? ""
        let asOf = document.integer(mapping, "as_of", in: what, required: false)
        let shuffle = document.boolean(mapping, "shuffle") ?? true
        let tags = document.textList(mapping, "tags") ?? []
        guard document.diagnostics.count == errorsBefore, let stem, let choices else { return nil }
        return QuestionDraft(
            id: id, domain: domain, topic: topic, difficulty: difficulty, stem: stem, choices: choices,
            explanation: explanation, reference: reference, asOf: asOf, shuffle: shuffle, tags: tags,
            location: document.location(of: node)
        )
    }

    private static func choices(_ mapping: Node.Mapping, in what: String, document: inout YAMLDocument) -> [Choice]? {
        guard let node = mapping["choices"] else {
            document.error(at: Node.mapping(mapping), "\(what) has no 'choices'")
            return nil
        }
        guard let items = document.sequence(node, "'choices'") else { return nil }
        var choices: [Choice] = []
        for item in items {
            switch item {
            case .scalar(let scalar) where scalar.style != .plain:
                choices.append(Choice(text: scalar.string.trimmingWhitespace()))
            case .mapping(let choice):
                if let parsed = document.choice(choice) { choices.append(parsed) }
            default:
                document.error(at: item, "a choice must be a string or an object with \"text\" and \"correct\"")
            }
        }
        return choices
    }

    /// The place a JSON syntax error names ("around character N", counted in bytes), else the end.
    private static func syntaxErrorLocation(_ detail: String, in text: String, file: String) -> SourceLocation {
        let bytes = Array(text.utf8)
        var offset = bytes.count
        if let range = detail.range(of: "character "),
           let number = Int(detail[range.upperBound...].prefix(while: \.isNumber)) {
            offset = min(number, bytes.count)
        }
        let before = bytes[..<offset]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}

extension String {
    /// The string with its first letter in lower case, for messages built from a library's text.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
