import Foundation

/// One question as a foreign file describes it, before defaults and checks are applied.
struct QuestionDraft {
    var id: String?
    /// An id suggested by the file (such as a GIFT title), made unique if it repeats.
    var suggestedID: String?
    var domain: String?
    var topic: String?
    var difficulty: Int?
    var stem: String
    var choices: [Choice]
    var explanation: String = ""
    var reference: String = ""
    var asOf: Int?
    var shuffle: Bool = true
    var tags: [String] = []
    var location: SourceLocation
}

/// Turns drafts into questions: derives stable ids, fills defaults and refuses what the app cannot hold.
struct ImportAssembler {
    let file: String
    let options: ImportOptions
    let prefix: String
    private(set) var questions: [Question] = []
    var diagnostics: [Diagnostic] = []
    private var usedIDs: Set<String> = []

    init(file: String, options: ImportOptions) {
        self.file = file
        self.options = options
        let base = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        prefix = options.idPrefix ?? (Self.slug(base).isEmpty ? "imported" : Self.slug(base))
    }

    var result: ImportResult {
        ImportResult(questions: questions, diagnostics: diagnostics.sortedForReport())
    }

    mutating func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(.error(location, message))
    }

    mutating func warning(_ location: SourceLocation, _ message: String) {
        diagnostics.append(.warning(location, message))
    }

    /// Adds the draft as the `ordinal`-th record of the file (1-based, counting records that
    /// were skipped too, so ids stay the same when an earlier record is fixed).
    mutating func add(_ written: QuestionDraft, ordinal: Int) {
        let draft = Self.normalizingLineBreaks(written)
        let here = draft.location
        guard !draft.stem.isEmpty else {
            return error(here, "question has an empty stem")
        }
        if let empty = draft.choices.firstIndex(where: { $0.text.isEmpty }) {
            return error(here, "choice \(Self.letter(empty)) is empty")
        }
        guard (2...6).contains(draft.choices.count) else {
            return error(here, "question has \(draft.choices.count) choices; it needs 2 to 6")
        }
        let correct = draft.choices.filter(\.isCorrect).count
        guard correct == 1 else {
            return error(here, correct == 0 ? "question has no correct choice" : "question has \(correct) correct choices; it needs exactly one")
        }
        guard let domain = draft.domain ?? options.domain else {
            return error(here, "question has no domain: the file names none, so pass --domain")
        }
        let difficulty = draft.difficulty ?? options.difficulty
        guard (1...3).contains(difficulty) else {
            return error(here, "difficulty must be 1, 2 or 3, not \(difficulty)")
        }
        let id = draft.id ?? uniqueID(draft.suggestedID.map(Self.slug).flatMap { $0.isEmpty ? nil : $0 } ?? "\(prefix)-\(ordinal)", at: here)
        usedIDs.insert(id)
        let topic = draft.topic.flatMap { $0.isEmpty ? nil : $0 } ?? options.topic
        questions.append(Question(
            id: id, domain: domain, topic: topic, difficulty: difficulty, stem: draft.stem,
            choices: draft.choices, explanation: draft.explanation, reference: draft.reference,
            asOf: draft.asOf, shuffle: draft.shuffle, tags: draft.tags, location: here
        ))
    }

    private mutating func uniqueID(_ wanted: String, at location: SourceLocation) -> String {
        guard usedIDs.contains(wanted) else { return wanted }
        var n = 2
        while usedIDs.contains("\(wanted)-\(n)") { n += 1 }
        warning(location, "id '\(wanted)' is already used in this file; this question gets '\(wanted)-\(n)'")
        return "\(wanted)-\(n)"
    }

    /// The draft with CR LF and CR line breaks turned into LF, as bank files hold them.
    static func normalizingLineBreaks(_ draft: QuestionDraft) -> QuestionDraft {
        let fix = { (text: String) -> String in
            text.unicodeScalars.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        }
        var draft = draft
        draft.stem = fix(draft.stem)
        draft.choices = draft.choices.map { Choice(text: fix($0.text), isCorrect: $0.isCorrect, feedback: $0.feedback.map(fix)) }
        draft.explanation = fix(draft.explanation)
        draft.reference = fix(draft.reference)
        return draft
    }

    /// Lower-case ASCII letters and digits, other runs turned into single hyphens.
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return String(out.prefix(64)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    /// `A` for 0, `B` for 1, …
    static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index)))
    }
}
