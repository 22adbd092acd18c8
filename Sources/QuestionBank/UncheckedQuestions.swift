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
