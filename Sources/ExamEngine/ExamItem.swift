/// One question as placed in an exam: which question, which share, and the choice order shown.
public struct ExamItem: Sendable, Hashable, Codable {
    public var questionID: String
    public var domain: String
    /// The blueprint share (outline or bank domain) this item counts toward.
    public var shareKey: String
    /// Display position → index in the question's written choices.
    public var choiceOrder: [Int]

    public init(questionID: String, domain: String, shareKey: String, choiceOrder: [Int]) {
        self.questionID = questionID
        self.domain = domain
        self.shareKey = shareKey
        self.choiceOrder = choiceOrder
    }

    /// Display position of a written choice index.
    public func displayPosition(ofChoice index: Int) -> Int? {
        choiceOrder.firstIndex(of: index)
    }
}
