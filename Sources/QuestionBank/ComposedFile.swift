import Yams

/// One bank file after composing: its parser (holding the file's diagnostics so far), what kind
/// of file it is (no kind when it could not be read as a bank file), and its content: a question
/// file's questions, read at once so that its tree is freed by the thread that composed it, or
/// the root mapping of a domains or blueprint file (small, read once the whole load is composed).
///
/// A class, so that the merge after the parallel step takes each file without copying it. Each
/// instance is used by one thread at a time: the load hands every file to exactly one worker and
/// merges afterwards.
final class ComposedFile: @unchecked Sendable {
    var parser: BankFileParser
    var root: Node.Mapping?
    let kind: BankFileKind?
    /// A question file's questions, their domains still to be checked.
    var questions = UncheckedQuestions()

    init(path: String, text: String) {
        parser = BankFileParser(file: path)
        guard let (root, kind) = parser.root(text) else {
            kind = nil
            return
        }
        self.kind = kind
        if kind == .questions {
            questions = parser.questions(root)
            // The copies are made while the tree is certainly alive (see `compact()`).
            withExtendedLifetime(root) { questions.compact() }
        } else {
            self.root = root
        }
    }
}
