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
    /// Gives every question's strings new storage of their own.
    ///
    /// Called while the YAML tree the strings were cut from is still alive: the copies cannot
    /// land among its nodes, and the originals go with the tree. Otherwise every question left
    /// its strings scattered through the space of a freed tree, the next file's tree was built
    /// around them, and the allocator's work and its cache misses grew with everything loaded
    /// so far: at 100,000 questions reading a file cost a fifth more than at 10,000. Copying
    /// costs about a tenth of that, and the packed strings make the checks after the load
    /// faster too.
    mutating func compact() {
        questions = questions.map { q in
            Question(id: Self.copy(q.id), domain: Self.copy(q.domain), topic: Self.copy(q.topic), difficulty: q.difficulty,
                     stem: Self.copy(q.stem),
                     choices: q.choices.map { Choice(text: Self.copy($0.text), isCorrect: $0.isCorrect, feedback: $0.feedback.map(Self.copy)) },
                     explanation: Self.copy(q.explanation), reference: Self.copy(q.reference), asOf: q.asOf, shuffle: q.shuffle,
                     tags: q.tags.map(Self.copy), location: q.location)
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
