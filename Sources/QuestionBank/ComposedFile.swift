import Yams

/// One bank file after composing: its parser (holding the file's diagnostics so far), its root
/// mapping and what kind of file it is, or no kind when it could not be read as a bank file.
///
/// A class, so that the thread reading a question file can drop the tree as soon as it is done
/// with it. Each instance is used by one thread at a time: the load hands every file to exactly
/// one worker per step and merges between steps.
final class ComposedFile: @unchecked Sendable {
    var parser: BankFileParser
    var root: Node.Mapping?
    let kind: BankFileKind?

    init(path: String, text: String) {
        parser = BankFileParser(file: path)
        if let (root, kind) = parser.root(text) {
            self.root = root
            self.kind = kind
        } else {
            kind = nil
        }
    }
}
