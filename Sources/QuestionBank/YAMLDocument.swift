import Yams

/// Reads a parsed YAML tree while collecting located diagnostics instead of throwing.
///
/// Every accessor records an error at the offending node and returns nil, so one bad
/// question never hides the problems of the next one.
struct YAMLDocument {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// Parses `text`, or records the parser's error with its line and column.
    mutating func compose(_ text: String) -> Node? {
        do {
            guard let node = try YAMLComposer.compose(text) else {
                error(at: nil, "file is empty")
                return nil
            }
            return node
        } catch let yamlError as YamlError {
            let (mark, message) = Self.describe(yamlError)
            diagnostics.append(.error(location(mark), message))
            return nil
        } catch {
            diagnostics.append(.error(location(nil), "cannot parse YAML: \(error)"))
            return nil
        }
    }

    func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func location(of node: Node?) -> SourceLocation {
        location(node?.mark)
    }

    mutating func error(at node: Node?, _ message: String) {
        diagnostics.append(.error(location(of: node), message))
    }

    mutating func warning(at node: Node?, _ message: String) {
        diagnostics.append(.warning(location(of: node), message))
    }

    /// The node as a mapping, or an error naming what was expected.
    mutating func mapping(_ node: Node, _ what: String) -> Node.Mapping? {
        if case .mapping(let mapping) = node { return mapping }
        error(at: node, "\(what) must be a mapping of keys to values")
        return nil
    }

    mutating func sequence(_ node: Node, _ what: String) -> Node.Sequence? {
        if case .sequence(let sequence) = node { return sequence }
        error(at: node, "\(what) must be a list")
        return nil
    }

    /// Records an error for every key of `mapping` not in `allowed` (catches typos).
    mutating func rejectUnknownKeys(_ mapping: Node.Mapping, allowed: Set<String>, in what: String) {
        for index in mapping.indices {
            let key = mapping[index].key
            guard let name = key.string else {
                error(at: key, "\(what) has a key that is not text")
                continue
            }
            if !allowed.contains(name) {
                let known = allowed.sorted().joined(separator: ", ")
                error(at: key, "unknown key '\(name)' in \(what) (known keys: \(known))")
            }
        }
    }

    /// A required, non-empty text value.
    mutating func text(_ mapping: Node.Mapping, _ key: String, in what: String, required: Bool = true) -> String? {
        guard let node = mapping.value(forKey: key) else {
            if required { error(at: Node.mapping(mapping), "\(what) has no '\(key)'") }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            error(at: node, "'\(key)' must be text")
            return nil
        }
        let value = scalar.string.trimmingWhitespace()
        if value.isEmpty, required {
            error(at: node, "'\(key)' is empty")
            return nil
        }
        return value
    }

    mutating func integer(_ mapping: Node.Mapping, _ key: String, in what: String, required: Bool = true) -> Int? {
        guard let node = mapping.value(forKey: key) else {
            if required { error(at: Node.mapping(mapping), "\(what) has no '\(key)'") }
            return nil
        }
        guard let value = Self.wholeNumber(node) else {
            error(at: node, "'\(key)' must be a whole number")
            return nil
        }
        return value
    }

    mutating func number(_ mapping: Node.Mapping, _ key: String, in what: String, required: Bool = true) -> Double? {
        guard let node = mapping.value(forKey: key) else {
            if required { error(at: Node.mapping(mapping), "\(what) has no '\(key)'") }
            return nil
        }
        guard let value = node.float ?? node.int.map(Double.init) else {
            error(at: node, "'\(key)' must be a number")
            return nil
        }
        return value
    }

    mutating func boolean(_ mapping: Node.Mapping, _ key: String) -> Bool? {
        guard let node = mapping.value(forKey: key) else { return nil }
        guard let value = node.bool else {
            error(at: node, "'\(key)' must be true or false")
            return nil
        }
        return value
    }

    /// A list of text values; a single text value is accepted as a one-item list.
    mutating func textList(_ mapping: Node.Mapping, _ key: String) -> [String]? {
        guard let node = mapping.value(forKey: key) else { return nil }
        return textList(node, key)
    }

    mutating func textList(_ node: Node, _ key: String) -> [String]? {
        switch node {
        case .scalar(let scalar):
            return [scalar.string.trimmingWhitespace()]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    error(at: item, "each item of '\(key)' must be text")
                    continue
                }
                values.append(scalar.string.trimmingWhitespace())
            }
            return values
        default:
            error(at: node, "'\(key)' must be text or a list of text")
            return nil
        }
    }

    private static func describe(_ error: YamlError) -> (Mark?, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text): " } ?? ""
            return (mark, "invalid YAML: \(detail)\(problem)")
        case .reader(let problem, _, _, _):
            return (nil, "cannot read file: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark, "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping")
        default:
            return (nil, "invalid YAML: \(error)")
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        // Most values start and end with a visible ASCII character: a character that begins
        // (or ends) with such a byte is no space, so the value is returned without a copy.
        if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
            return self
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let start = firstIndex(where: { !isSpace($0) }),
              let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }

    /// A printable ASCII byte other than the space (`!` to `~`).
    static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}

extension YAMLDocument {
    /// A choice written as a mapping (`text`, `correct`, `feedback`), or nil after recording why not.
    mutating func choice(_ mapping: Node.Mapping) -> Choice? {
        rejectUnknownKeys(mapping, allowed: BankFileParser.choiceKeys, in: "choice")
        guard let body = text(mapping, "text", in: "choice") else { return nil }
        let correct = boolean(mapping, "correct") ?? false
        let feedback = text(mapping, "feedback", in: "choice", required: false)
        return Choice(text: body, isCorrect: correct, feedback: feedback)
    }
}
