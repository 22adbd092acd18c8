/// A GIFT text with the format it declared with `[format]` or inherited.
struct GIFTText: Hashable, Sendable {
    var text: String
    var format: MarkupFormat

    init(_ text: String, _ format: MarkupFormat) {
        self.text = text
        self.format = format
    }
}

/// The kinds of item a GIFT file holds, named as Moodle names its question types.
enum GIFTItemType: String, Sendable {
    case category, description, essay, multichoice, truefalse, shortanswer, numerical, match
}

/// One graded answer of a multiple-choice, short-answer or numerical GIFT question.
struct GIFTAnswer: Hashable, Sendable {
    var text: GIFTText
    /// Share of the mark: 1 right, 0 wrong, in between partial credit, below 0 a penalty.
    var fraction: Double
    var feedback: GIFTText
    /// The accepted error of a numerical answer, as written (or computed from a range).
    var tolerance: String?
}

/// One block of a GIFT file read with Moodle's rules, before it is mapped to a `Question`.
struct GIFTItem: Sendable {
    var type: GIFTItemType
    /// The `::title::`, or a name made from the first 80 characters of the text.
    var name = ""
    /// True when the block had a `::title::`.
    var hasTitle = false
    var questionText = GIFTText("", .moodle)
    /// True when text follows the answers, so a blank `_____` marks their place in the text.
    var hasBlank = false
    /// Text after `####` inside the braces.
    var generalFeedback = GIFTText("", .moodle)
    var answers: [GIFTAnswer] = []
    /// Multiple choice: false when no answer is marked `=`, so several may be right.
    var single = true
    /// True/false: the right answer, with the feedback shown to whoever answers true or false.
    var correctAnswer = false
    var feedbackTrue = GIFTText("", .moodle)
    var feedbackFalse = GIFTText("", .moodle)
    /// Matching: the items and the answers they pair with.
    var subquestions: [GIFTText] = []
    var subanswers: [String] = []
    /// `$CATEGORY:` path.
    var category = ""
    /// `[id:…]` and `[tag:…]` from the comment lines before the question.
    var idNumber = ""
    var tags: [String] = []
    var location: SourceLocation
}
