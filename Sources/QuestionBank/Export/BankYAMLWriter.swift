import Yams

/// Writes questions as a bank file in this app's YAML format (QuestionBanks/FORMAT.md).
public enum BankYAMLWriter {
    /// One bank file holding `questions`. When they share a domain it is named once at the top;
    /// otherwise each question names its own.
    public static func yaml(_ questions: [Question]) throws -> String {
        let domains = Set(questions.map(\.domain))
        let shared = domains.count == 1 ? domains.first : nil
        var root: [(Node, Node)] = []
        if let shared { root.append(("domain", text(shared))) }
        root.append(("questions", Node(questions.map { node($0, named: shared == nil) })))
        return try Yams.serialize(node: Node(root), indent: 2, width: -1, allowUnicode: true)
    }

    private static func node(_ question: Question, named withDomain: Bool) -> Node {
        var pairs: [(Node, Node)] = [("id", text(question.id))]
        if withDomain { pairs.append(("domain", text(question.domain))) }
        pairs += [
            ("topic", text(question.topic)),
            ("difficulty", Node(String(question.difficulty), Tag(.int))),
            ("stem", text(question.stem)),
            ("choices", Node(question.choices.map(node))),
        ]
        if !question.explanation.isEmpty { pairs.append(("explanation", text(question.explanation))) }
        if !question.reference.isEmpty { pairs.append(("reference", text(question.reference))) }
        if let asOf = question.asOf { pairs.append(("as_of", Node(String(asOf), Tag(.int)))) }
        if !question.shuffle { pairs.append(("shuffle", Node("false", Tag(.bool)))) }
        if !question.tags.isEmpty { pairs.append(("tags", Node(question.tags.map(text), Tag(.seq), .flow))) }
        return Node(pairs)
    }

    private static func node(_ choice: Choice) -> Node {
        var pairs: [(Node, Node)] = [("text", text(choice.text))]
        if choice.isCorrect { pairs.append(("correct", Node("true", Tag(.bool)))) }
        if let feedback = choice.feedback { pairs.append(("feedback", text(feedback))) }
        return Node(pairs)
    }

    /// A text value: a literal block for several lines (the emitter quotes it instead when a
    /// block cannot hold it exactly), otherwise whatever style keeps it a string.
    private static func text(_ value: String) -> Node {
        Node(value, Tag(.str), value.contains("\n") ? .literal : .any)
    }
}
