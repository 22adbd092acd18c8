import Yams

/// What a bank folder file holds, decided by its top-level keys.
enum BankFileKind {
    case domains, questions, blueprint
}

/// Turns the text of one file into domains, questions or a blueprint, with located diagnostics.
struct BankFileParser {
    static let questionKeys: Set<String> = [
        "id", "domain", "topic", "difficulty", "stem", "choices", "explanation", "reference",
        "as_of", "shuffle", "tags",
    ]
    static let choiceKeys: Set<String> = ["text", "correct", "feedback"]
    static let blueprintKeys: Set<String> = [
        "id", "name", "description", "questions", "minutes", "pass_percent", "pass_mark_assumed",
        "outline", "weights",
    ]

    var document: YAMLDocument

    init(file: String) {
        document = YAMLDocument(file: file)
    }

    var diagnostics: [Diagnostic] { document.diagnostics }

    /// Parses `text` and returns its root mapping and kind, or nil after recording why not.
    mutating func root(_ text: String) -> (Node.Mapping, BankFileKind)? {
        guard let node = document.compose(text), let mapping = document.mapping(node, "the file") else { return nil }
        if mapping.value(forKey: "domains") != nil { return (mapping, .domains) }
        if mapping.value(forKey: "questions") != nil, mapping.value(forKey: "weights") == nil { return (mapping, .questions) }
        if mapping.value(forKey: "weights") != nil { return (mapping, .blueprint) }
        document.error(at: node, "not a bank file: expected 'questions' (a bank), 'domains' (domains.yaml) or 'weights' (a blueprint)")
        return nil
    }

    // MARK: domains.yaml

    mutating func domains(_ root: Node.Mapping) -> [Domain] {
        document.rejectUnknownKeys(root, allowed: ["domains"], in: "domains file")
        guard let list = root.value(forKey: "domains"), let items = document.sequence(list, "'domains'") else { return [] }
        var domains: [Domain] = []
        for item in items {
            guard let mapping = document.mapping(item, "a domain") else { continue }
            document.rejectUnknownKeys(mapping, allowed: ["id", "name", "outlines"], in: "domain")
            guard let id = document.text(mapping, "id", in: "domain"),
                  let name = document.text(mapping, "name", in: "domain") else { continue }
            if !Self.isValidID(id) {
                document.error(at: mapping.value(forKey: "id"), "domain id '\(id)' must use lower-case letters, digits and hyphens")
            }
            var outlines: [String: [String]] = [:]
            if let outlineNode = mapping.value(forKey: "outlines"), let outlineMap = document.mapping(outlineNode, "'outlines'") {
                for index in outlineMap.indices {
                    let (key, value) = outlineMap[index]
                    guard let outline = key.string else { continue }
                    outlines[outline] = document.textList(value, outline) ?? []
                }
            }
            domains.append(Domain(id: id, name: name, outlines: outlines, location: document.location(of: item)))
        }
        return domains
    }

    // MARK: bank files

    /// Reads the questions of a bank file; their domains are checked later, by
    /// ``UncheckedQuestions/checked(knownDomains:)``, once every domains file has been read.
    mutating func questions(_ root: Node.Mapping) -> UncheckedQuestions {
        var unchecked = UncheckedQuestions()
        document.rejectUnknownKeys(root, allowed: ["domain", "questions"], in: "bank file")
        let fileDomain = document.text(root, "domain", in: "bank file", required: false)
        if let fileDomain {
            unchecked.domainChecks.append(.init(domain: fileDomain, location: document.location(of: root.value(forKey: "domain")), question: nil))
        }
        guard let list = root.value(forKey: "questions"), let items = document.sequence(list, "'questions'") else { return unchecked }
        for item in items { question(item, fileDomain: fileDomain, into: &unchecked) }
        return unchecked
    }

    private mutating func question(_ node: Node, fileDomain: String?, into unchecked: inout UncheckedQuestions) {
        guard let mapping = document.mapping(node, "a question") else { return }
        document.rejectUnknownKeys(mapping, allowed: Self.questionKeys, in: "question")
        let id = document.text(mapping, "id", in: "question")
        let what = id.map { "question '\($0)'" } ?? "question"
        if let id, !Self.isValidID(id, allowDots: true) {
            document.error(at: mapping.value(forKey: "id"), "question id '\(id)' may use only letters, digits, '-', '_' and '.'")
        }
        var domain = document.text(mapping, "domain", in: what, required: false)
        var check: UncheckedQuestions.DomainCheck?
        if let own = domain {
            check = .init(domain: own, location: document.location(of: mapping.value(forKey: "domain")), question: what)
        } else {
            domain = fileDomain
            if fileDomain == nil { document.error(at: node, "\(what) has no 'domain' and the file names none") }
        }
        let topic = document.text(mapping, "topic", in: what)
        let difficulty = document.integer(mapping, "difficulty", in: what)
        if let difficulty, !(1...3).contains(difficulty) {
            document.error(at: mapping.value(forKey: "difficulty"), "difficulty must be 1, 2 or 3, not \(difficulty)")
        }
        let stem = document.text(mapping, "stem", in: what)
        let choices = choices(mapping, in: what)
        let explanation = document.text(mapping, "explanation", in: what, required: false) ?? ""
        let reference = document.text(mapping, "reference", in: what, required: false) ?? ""
        let asOf = document.integer(mapping, "as_of", in: what, required: false)
        if let asOf, !(1990...2100).contains(asOf) {
            document.error(at: mapping.value(forKey: "as_of"), "as_of must be a year such as 2026, not \(asOf)")
        }
        let shuffle = document.boolean(mapping, "shuffle") ?? true
        let tags = document.textList(mapping, "tags") ?? []
        guard let id, let domain, let topic, let difficulty, let stem, let choices else {
            if let check { unchecked.domainChecks.append(check) }
            return
        }
        if var check {
            check.index = unchecked.questions.count
            unchecked.domainChecks.append(check)
        }
        unchecked.questions.append(Question(
            id: id, domain: domain, topic: topic, difficulty: difficulty, stem: stem, choices: choices,
            explanation: explanation, reference: reference, asOf: asOf, shuffle: shuffle, tags: tags,
            location: document.location(of: node)
        ))
    }

    private mutating func choices(_ mapping: Node.Mapping, in what: String) -> [Choice]? {
        guard let node = mapping.value(forKey: "choices") else {
            document.error(at: Node.mapping(mapping), "\(what) has no 'choices'")
            return nil
        }
        guard let items = document.sequence(node, "'choices'") else { return nil }
        var choices: [Choice] = []
        for item in items {
            switch item {
            case .scalar(let scalar):
                choices.append(Choice(text: scalar.string.trimmingWhitespace()))
            case .mapping(let choice):
                if let parsed = document.choice(choice) { choices.append(parsed) }
            default:
                document.error(at: item, "a choice must be text or a mapping with 'text' and 'correct'")
            }
        }
        if choices.contains(where: { $0.text.isEmpty }) {
            document.error(at: node, "\(what) has an empty choice")
            return nil
        }
        guard (2...6).contains(choices.count) else {
            document.error(at: node, "\(what) has \(choices.count) choices; it needs 2 to 6")
            return nil
        }
        let correct = choices.filter(\.isCorrect).count
        guard correct == 1 else {
            let message = correct == 0 ? "choice list has no correct answer" : "choice list has \(correct) correct answers; it needs exactly one"
            document.error(at: node, "\(what): \(message)")
            return nil
        }
        return choices
    }

    // MARK: blueprints

    mutating func blueprint(_ root: Node.Mapping) -> Blueprint? {
        document.rejectUnknownKeys(root, allowed: Self.blueprintKeys, in: "blueprint")
        let id = document.text(root, "id", in: "blueprint")
        let name = document.text(root, "name", in: "blueprint")
        let description = document.text(root, "description", in: "blueprint", required: false) ?? ""
        let count = document.integer(root, "questions", in: "blueprint")
        if let count, count < 1 { document.error(at: root.value(forKey: "questions"), "'questions' must be at least 1") }
        let minutes = document.integer(root, "minutes", in: "blueprint")
        if let minutes, minutes < 0 { document.error(at: root.value(forKey: "minutes"), "'minutes' must be 0 (untimed) or more") }
        let pass = document.number(root, "pass_percent", in: "blueprint")
        if let pass, !(0...100).contains(pass) { document.error(at: root.value(forKey: "pass_percent"), "'pass_percent' must be between 0 and 100") }
        let assumed = document.boolean(root, "pass_mark_assumed") ?? false
        let outline = document.text(root, "outline", in: "blueprint", required: false)
        var weights: [Blueprint.Weight] = []
        if let node = root.value(forKey: "weights"), let map = document.mapping(node, "'weights'") {
            for index in map.indices {
                let (key, value) = map[index]
                guard let name = key.string else { continue }
                guard let weight = value.float ?? value.int.map(Double.init), weight > 0 else {
                    document.error(at: value, "weight of '\(name)' must be a positive number")
                    continue
                }
                weights.append(.init(key: name, weight: weight))
            }
            if weights.isEmpty { document.error(at: node, "'weights' names no domain") }
        }
        guard let id, let name, let count, count >= 1, let minutes, let pass, !weights.isEmpty else { return nil }
        return Blueprint(
            id: id, name: name, description: description, questionCount: count, minutes: max(0, minutes),
            passPercent: pass, passMarkAssumed: assumed, outline: outline, weights: weights,
            location: document.location(nil)
        )
    }

    static func isValidID(_ id: String, allowDots: Bool = false) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { scalar in
            let c = Character(scalar)
            if allowDots {
                return (c.isASCII && (c.isLetter || c.isNumber)) || c == "-" || c == "_" || c == "."
            }
            return (c.isASCII && (c.isLowercase || c.isNumber)) || c == "-"
        }
    }
}
