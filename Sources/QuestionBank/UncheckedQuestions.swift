/// A bank file's questions as read before every declared domain is known, with the domain
/// checks still to make.
///
/// Reading a question file needs the domains that all the domains files declare. Checking the
/// domains afterwards lets each file be composed and read in one step on whichever core takes it,
/// its YAML tree freed at once, rather than every file's tree held in memory until the domains
/// files have been read (about 1 GB at 100,000 questions).
struct UncheckedQuestions {
    /// A domain named in the file: its own `domain`, or a question's.
    struct DomainCheck {
        var domain: String
        var location: SourceLocation
        /// How the error names the question ("question 'q-1'"); nil for the file's own domain.
        var question: String?
        /// The question in ``UncheckedQuestions/questions`` to leave out when its own domain is
        /// unknown; nil when the question was left out already (another field was missing).
        var index: Int?
    }

    var questions: [Question] = []
    var domainChecks: [DomainCheck] = []

    /// The questions, less those naming an unknown domain of their own, and an error for every
    /// unknown domain (a question in a file whose own domain is unknown keeps that domain).
    func checked(knownDomains: Set<String>) -> (questions: [Question], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var dropped = Set<Int>()
        for check in domainChecks where !knownDomains.contains(check.domain) {
            if let question = check.question {
                diagnostics.append(.error(check.location, "unknown domain '\(check.domain)' in \(question)"))
                if let index = check.index { dropped.insert(index) }
            } else {
                let declared = knownDomains.sorted().joined(separator: ", ")
                diagnostics.append(.error(check.location, "unknown domain '\(check.domain)' (declared: \(declared))"))
            }
        }
        guard !dropped.isEmpty else { return (questions, diagnostics) }
        return (questions.enumerated().filter { !dropped.contains($0.offset) }.map(\.element), diagnostics)
    }
}

extension UncheckedQuestions {
    /// Moves every question's texts into one store for the file, and gives its other strings
    /// storage of their own.
    ///
    /// Called while the YAML tree the strings were cut from is still alive: the copies cannot
    /// land among its nodes, and the originals go with the tree. Otherwise every question left
    /// its strings scattered through the space of a freed tree, the next file's tree was built
    /// around them, and the allocator's work and its cache misses grew with everything loaded
    /// so far. Even as strings of their own, the thousands of blocks each file left behind made
    /// the files read after them about 5 % slower at 100,000 questions than at 10,000; packed
    /// into one buffer per file, they do not (docs/DECISIONS.md).
    mutating func compact() {
        var section = QuestionTextSection(sharedLength: 0, questions: questions.count)
        let records = questions.map { section.add($0.texts) }
        let store = section.packed()
        // A file's questions share a few domains, topics and tag lists: one copy of each.
        var strings: [String: String] = [:]
        var tagLists: [[String]: [String]] = [:]
        func shared(_ string: String) -> String {
            if let kept = strings[string] { return kept }
            let kept = Self.copy(string)
            strings[string] = kept
            return kept
        }
        questions = zip(questions, records).map { q, record in
            let tags = q.tags.isEmpty ? [] : tagLists[q.tags] ?? {
                let kept = q.tags.map(shared)
                tagLists[q.tags] = kept
                return kept
            }()
            return Question(id: Self.copy(q.id), domain: shared(q.domain), topic: shared(q.topic), difficulty: q.difficulty,
                            asOf: q.asOf, shuffle: q.shuffle, tags: tags, location: q.location, store: store, record: Int(record))
        }
    }

    /// `string` in new storage; short strings are kept in the value itself and need none.
    static func copy(_ string: String) -> String {
        let count = string.utf8.count
        guard count > 15 else { return string }
        return String(unsafeUninitializedCapacity: count) { buffer in
            _ = buffer.initialize(fromContentsOf: string.utf8)
            return count
        }
    }
}
