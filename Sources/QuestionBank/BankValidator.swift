/// Checks that span files: duplicate ids and stems, content quality and blueprint coverage.
enum BankValidator {
    /// Minimum words an explanation needs before it is called too short to teach.
    static let minimumExplanationWords = 15
    static let balanceTolerance = 0.10
    static let balanceMinimumQuestions = 20

    /// Returns diagnostics and removes questions whose id repeats an earlier one.
    static func check(_ bank: inout Bank) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // The bank's index keeps the first question of each id: fewer entries than questions
        // means some id repeats, and only then is each question looked up again.
        if bank.distinctIDCount < bank.questionCount {
            var firstByID: [String: Int] = [:]
            firstByID.reserveCapacity(bank.questionCount)
            var kept: [Question] = []
            kept.reserveCapacity(bank.questionCount)
            for question in bank.questions {
                if let first = firstByID[question.id] {
                    let whereFirst = kept[first].location.map { " (first at \($0))" } ?? ""
                    diagnostics.append(.error(location(question), "duplicate question id '\(question.id)'\(whereFirst)"))
                    continue
                }
                firstByID[question.id] = kept.count
                kept.append(question)
            }
            bank = Bank(domains: bank.domains, questions: kept, blueprints: bank.blueprints, contentHash: bank.contentHash)
        }
        let kept = bank.questions

        // Each question's own checks are independent: run them on every core, in chunks, and
        // report them in question order as before.
        let chunk = 256
        let facts = Array(ParallelMap.map((kept.count + chunk - 1) / chunk) { part in
            kept[(part * chunk)..<min(kept.count, (part + 1) * chunk)].map(QuestionFacts.init)
        }.joined())
        var stems = FirstStems(capacity: kept.count)
        for position in kept.indices {
            let checked = facts[position]
            if let earlier = stems.earlier(checked.stem, hash: checked.stemHash, at: position, stemAt: { facts[$0].stem }) {
                diagnostics.append(.warning(location(kept[position]), "question '\(kept[position].id)' repeats the stem of '\(kept[earlier].id)'"))
            }
            diagnostics += checked.warnings
        }
        // Both file-level checks read the whole bank: run them side by side, report in order.
        let byFile = positionsByFile(kept)
        let fileChecks = ParallelMap.map(2) { $0 == 0 ? balanceWarnings(byFile, facts) : lengthCueWarnings(byFile, facts) }
        diagnostics += fileChecks.joined()
        diagnostics += blueprintDiagnostics(bank)
        return diagnostics
    }

    /// The first position of each normalized stem, found by the stems' hashes.
    ///
    /// The hashes are taken on every core with the other per-question checks, and a table of
    /// numbers stays in the processor's caches far longer than one of whole stems. Two different
    /// stems with the same hash are told apart by comparing them, so the result is exact.
    struct FirstStems {
        private var byHash: [Int: Int] = [:]
        /// Stems whose hash was first seen with another stem.
        private var collided: [String: Int] = [:]

        init(capacity: Int) {
            byHash.reserveCapacity(capacity)
        }

        /// The position of an earlier equal stem; nil when `stem` is new, which is then kept at `position`.
        mutating func earlier(_ stem: String, hash: Int, at position: Int, stemAt: (Int) -> String) -> Int? {
            guard let first = byHash[hash] else {
                byHash[hash] = position
                return nil
            }
            if stemAt(first) == stem { return first }
            if let earlier = collided[stem] { return earlier }
            collided[stem] = position
            return nil
        }
    }

    /// What the checks need of one question, its texts read once (see ``Question/texts``).
    struct QuestionFacts {
        /// The stem normalized for duplicate detection, and its hash.
        var stem: String
        var stemHash: Int
        var warnings: [Diagnostic]
        var choiceCount: Int
        var correctIndex: Int
        /// The correct choice is strictly longer than every other.
        var correctIsLongest: Bool

        init(_ question: Question) {
            let texts = question.texts
            stem = normalized(texts.stem)
            stemHash = stem.hashValue
            warnings = contentWarnings(question, texts)
            choiceCount = texts.choices.count
            correctIndex = texts.choices.correctIndex
            let lengths = texts.choices.map { ASCIIText.characterCount($0.text) ?? $0.text.count }
            let correct = correctIndex, mine = lengths.isEmpty ? 0 : lengths[correct]
            correctIsLongest = !lengths.isEmpty && lengths.enumerated().allSatisfy { $0.offset == correct || $0.element < mine }
        }
    }

    static func contentWarnings(_ question: Question, _ texts: QuestionText.Held) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let here = location(question)
        let words = wordCount(texts.explanation)
        if texts.explanation.isEmpty {
            warnings.append(.warning(here, "question '\(question.id)' has no explanation"))
        } else if words < minimumExplanationWords {
            warnings.append(.warning(here, "question '\(question.id)' has a short explanation (\(words) words; an explanation should say why each choice is right or wrong)"))
        }
        if texts.reference.isEmpty {
            warnings.append(.warning(here, "question '\(question.id)' has no reference"))
        }
        let choices = texts.choices.map { normalized($0.text) }
        if Set(choices).count != choices.count {
            warnings.append(.warning(here, "question '\(question.id)' has two choices with the same text"))
        }
        if question.shuffle, choices.contains(where: isAllOrNone) {
            warnings.append(.warning(here, "question '\(question.id)' uses \"all/none of the above\" but its choices are shuffled (write the choices out, or set shuffle: false)"))
        }
        return warnings
    }

    static func isAllOrNone(_ text: String) -> Bool {
        // Every phrase contains "of th": text without those bytes cannot match, and most choices
        // are ruled out by this byte scan instead of five Foundation searches.
        guard text.containsUTF8(Array("of th".utf8)) else { return false }
        return ["all of the above", "none of the above", "all of these", "none of these", "both of the above"]
            .contains { text.contains($0) }
    }

    /// How many runs of characters other than spaces and line breaks `text` has (what splitting
    /// on them counts), without building the pieces.
    static func wordCount(_ text: String) -> Int {
        if let count = ASCIIText.wordCount(text) { return count }
        var count = 0, inWord = false
        for character in text {
            let separator = character == " " || character.isNewline
            if !separator, !inWord { count += 1 }
            inWord = !separator
        }
        return count
    }

    /// The positions of the questions read from each file, by file (questions built in code have none).
    ///
    /// Positions rather than copies of the questions: copying 100,000 questions into groups
    /// touched every one of their strings again, once per check.
    static func positionsByFile(_ questions: [Question]) -> [String: [Int]] {
        var byFile: [String: [Int]] = [:]
        for (position, question) in questions.enumerated() {
            guard let file = question.location?.file else { continue }
            byFile[file, default: []].append(position)
        }
        return byFile
    }

    /// Warns where one correct-answer position is over- or under-used in a file.
    static func balanceWarnings(_ byFile: [String: [Int]], _ facts: [QuestionFacts]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for file in byFile.keys.sorted() {
            let group = byFile[file]!
            guard group.count >= balanceMinimumQuestions else { continue }
            let maxChoices = group.map { facts[$0].choiceCount }.max() ?? 0
            var expected = [Double](repeating: 0, count: maxChoices)
            var actual = [Double](repeating: 0, count: maxChoices)
            for position in group where facts[position].choiceCount > 0 {
                let count = facts[position].choiceCount
                for choice in 0..<count { expected[choice] += 1 / Double(count) }
                actual[facts[position].correctIndex] += 1
            }
            let n = Double(group.count)
            let letters = Array("ABCDEF")
            for position in 0..<maxChoices {
                let share = actual[position] / n, fair = expected[position] / n
                guard abs(share - fair) > balanceTolerance else { continue }
                let percent = { (x: Double) in Int((x * 100).rounded()) }
                warnings.append(.warning(
                    SourceLocation(file: file, line: 1, column: 1),
                    "the correct answer is \(letters[position]) in \(percent(share))% of \(group.count) questions; an even spread is \(percent(fair))%"
                ))
            }
        }
        return warnings
    }

    /// Share of questions in a file whose correct choice may be the strictly longest before a
    /// warning: test-wise learners pick the longest choice, so a bank must not reward it.
    static let longestChoiceLimit = 0.40

    /// Warns where the correct answer is the longest choice far more often than chance.
    static func lengthCueWarnings(_ byFile: [String: [Int]], _ facts: [QuestionFacts]) -> [Diagnostic] {
        byFile.keys.sorted().compactMap { file in
            let group = byFile[file]!
            guard group.count >= balanceMinimumQuestions else { return nil }
            let longest = group.filter { facts[$0].correctIsLongest }.count
            let share = Double(longest) / Double(group.count)
            guard share > longestChoiceLimit else { return nil }
            return .warning(SourceLocation(file: file, line: 1, column: 1),
                            "the correct answer is the longest choice in \(longest) of \(group.count) questions; learners can guess it from length")
        }
    }

    static func blueprintDiagnostics(_ bank: Bank) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for blueprint in bank.blueprints {
            let here = blueprint.location ?? SourceLocation(file: blueprint.id, line: 1, column: 1)
            let unknown = bank.unknownWeightKeys(of: blueprint)
            if !unknown.isEmpty {
                let kind = blueprint.outline.map { "outline '\($0)' domain" } ?? "bank domain"
                diagnostics.append(.error(here, "blueprint '\(blueprint.id)' weights unknown \(kind) \(unknown.map { "'\($0)'" }.joined(separator: ", "))"))
                continue
            }
            guard !bank.questions.isEmpty else { continue }
            if bank.fullExamCount(for: blueprint) < 1 {
                let perDomain = bank.questionCountsByDomain()
                let short = blueprint.allocation().compactMap { share -> String? in
                    let have = bank.domains(feeding: share.key, of: blueprint).reduce(0) { $0 + perDomain[$1, default: 0] }
                    return have < share.count ? "'\(share.key)' needs \(share.count), banks have \(have)" : nil
                }
                let detail = short.isEmpty ? "shared domains are too small" : short.joined(separator: "; ")
                diagnostics.append(.warning(here, "blueprint '\(blueprint.id)' cannot be filled: \(detail)"))
            }
        }
        return diagnostics
    }

    static func location(_ question: Question) -> SourceLocation {
        question.location ?? SourceLocation(file: question.id, line: 1, column: 1)
    }

    /// Lower-case text with runs of white space folded, for duplicate detection.
    static func normalized(_ text: String) -> String {
        if let folded = ASCIIText.normalized(text) { return folded }
        return text.lowercased().split(whereSeparator: { $0 == " " || $0.isNewline }).joined(separator: " ")
    }
}

extension String {
    /// True when the UTF-8 bytes of `needle` occur in this string's UTF-8 bytes.
    func containsUTF8(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        var copy = self
        return copy.withUTF8 { bytes in
            guard needle.count <= bytes.count else { return false }
            var index = 0
            while index <= bytes.count - needle.count {
                if bytes[index] == first {
                    var matched = 1
                    while matched < needle.count, bytes[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                index += 1
            }
            return false
        }
    }
}
