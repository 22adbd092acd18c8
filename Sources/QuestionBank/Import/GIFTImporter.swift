/// Imports GIFT files: multiple choice with one right answer, and true/false as a two-choice
/// question; every other kind is skipped with a warning that names its line.
enum GIFTImporter {
    static func importText(_ text: String, file: String, options: ImportOptions) -> ImportResult {
        var parser = GIFTParser(file: file)
        let items = parser.parse(text)
        var assembler = ImportAssembler(file: file, options: options)
        assembler.diagnostics += parser.diagnostics
        var topic: String?
        var domain: String?
        var ordinal = 0
        for item in items {
            if item.type == .category {
                (domain, topic) = categoryDomainAndTopic(item.category, knownDomains: options.knownDomains)
                continue
            }
            ordinal += 1
            let (stem, choices, skipReason) = content(of: item)
            if let skipReason {
                assembler.warning(item.location, "skipped '\(item.name)': \(skipReason)")
                continue
            }
            let explicitID = BankFileParser.isValidID(item.idNumber, allowDots: true) ? item.idNumber : nil
            let draft = QuestionDraft(
                id: explicitID,
                suggestedID: item.hasTitle ? item.name : (item.idNumber.isEmpty ? nil : item.idNumber),
                domain: domain, topic: topic, stem: stem, choices: choices,
                explanation: MarkupText.plain(item.generalFeedback.text, format: item.generalFeedback.format),
                shuffle: item.type != .truefalse, tags: item.tags, location: item.location
            )
            assembler.add(draft, ordinal: ordinal)
        }
        return assembler.result
    }

    /// The stem and choices of an item this app can hold, or why it is skipped.
    static func content(of item: GIFTItem) -> (String, [Choice], String?) {
        let stem = MarkupText.plain(item.questionText.text, format: item.questionText.format)
        switch item.type {
        case .multichoice:
            guard item.single else { return (stem, [], "a question with several right answers is not supported") }
            guard item.answers.allSatisfy({ $0.fraction == 0 || $0.fraction == 1 }) else {
                return (stem, [], "partial credit and penalties are not supported")
            }
            let choices = item.answers.map { answer in
                Choice(
                    text: MarkupText.plain(answer.text.text, format: answer.text.format),
                    isCorrect: answer.fraction == 1,
                    feedback: feedback(answer.feedback)
                )
            }
            return (stem, choices, nil)
        case .truefalse:
            return (stem, [
                Choice(text: "True", isCorrect: item.correctAnswer, feedback: feedback(item.feedbackTrue)),
                Choice(text: "False", isCorrect: !item.correctAnswer, feedback: feedback(item.feedbackFalse)),
            ], nil)
        case .description:
            return (stem, [], "text without answers is not a question")
        case .essay, .shortanswer, .numerical, .match:
            let kind = [GIFTItemType.essay: "an essay", .shortanswer: "a short-answer", .numerical: "a numerical", .match: "a matching"][item.type]!
            return (stem, [], "\(kind) question is not supported; only multiple choice with one right answer and true/false are")
        case .category:
            return (stem, [], "a category is not a question")
        }
    }

    private static func feedback(_ text: GIFTText) -> String? {
        let plain = MarkupText.plain(text.text, format: text.format)
        return plain.isEmpty ? nil : plain
    }

    /// The topic (last part of a `$CATEGORY:` path) and the domain (the part before it, when it
    /// is a domain id such as `coding`): `$course$/coding/Modifiers` gives `coding` and `Modifiers`.
    /// `top`, the root of every Moodle course's categories, is never a domain; with
    /// `knownDomains`, only a declared domain is.
    static func categoryDomainAndTopic(_ category: String, knownDomains: Set<String>? = nil) -> (String?, String?) {
        let parts = categoryPath(category).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard let topic = parts.last else { return (nil, nil) }
        guard parts.count >= 2 else { return (nil, topic) }
        let candidate = parts[parts.count - 2]
        let isDomain = knownDomains?.contains(candidate) ?? (BankFileParser.isValidID(candidate) && candidate != "top")
        return (isDomain ? candidate : nil, topic)
    }

    /// The parts of a category path split at `/`; `//` stands for a `/` inside a part.
    static func categoryPath(_ category: String) -> [String] {
        var parts: [String] = [""]
        var index = category.startIndex
        while index < category.endIndex {
            let character = category[index]
            let next = category.index(after: index)
            if character == "/", next < category.endIndex, category[next] == "/" {
                parts[parts.count - 1].append("/")
                index = category.index(after: next)
            } else if character == "/" {
                parts.append("")
                index = next
            } else {
                parts[parts.count - 1].append(character)
                index = next
            }
        }
        return parts
    }
}
