import TerminalUI

/// What a key does; the same table dispatches keys, writes the footer and draws the help.
public enum Action: Sendable, Hashable {
    case answer(Int)
    case next, previous
    case toggleFlag, beginStrike, clearAnswer, toggleUnsure
    case openNavigator, toggleTimer, help, suspend, submit
    case up, down, left, right, select, back, toggle
    case pageUp, pageDown
    case filter(NavigatorFilter)
    case reviewFilter(ReviewFilter)
    case confirm, cancel
    case drillWeakest(Int)
    case setGoal
    case quit
}

/// One row of a keymap: the keys, the action, and how help and the footer describe it.
public struct KeyBinding: Sendable, Equatable {
    public var keys: [Key]
    public var action: Action
    /// Sentence for the help overlay.
    public var help: String
    /// Short label for the footer, or nil to leave it out of the footer.
    public var hint: String?

    public init(_ keys: [Key], _ action: Action, _ help: String, hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.hint = hint
    }
}

/// Which table of bindings applies.
public enum KeyContext: String, Sendable, CaseIterable {
    case home, setup, exam, tutor, navigator, submitConfirm, results, review, drillPicker, history, stats, help, goal
}

/// The bindings of every screen. Letters A–E answer, so other exam keys avoid a–e.
public enum Keymap {
    static let letters: [Character] = ["a", "b", "c", "d", "e", "f"]

    static var answerKeys: [KeyBinding] {
        (0..<5).map { i in
            let letter = Character(String(letters[i]))
            return KeyBinding([.char(letter), .char(Character(letter.uppercased())), .char(Character("\(i + 1)"))], .answer(i),
                              "Answer \(letter.uppercased())", hint: nil)
        }
    }

    static let questionCommon: [KeyBinding] = [
        KeyBinding([.right, .char("n"), .char("]")], .next, "Next question", hint: "→ next"),
        KeyBinding([.left, .char("p"), .char("[")], .previous, "Previous question", hint: "← prev"),
        KeyBinding([.char("f"), .char("F")], .toggleFlag, "Flag or unflag this question for review", hint: "f flag"),
        KeyBinding([.char("x"), .char("X")], .beginStrike, "Strike out a choice: x then its letter (again to restore)", hint: "x strike"),
        KeyBinding([.char("u"), .char("U")], .toggleUnsure, "Mark your answer as a guess (unsure)"),
        KeyBinding([.char("g"), .char("G")], .openNavigator, "Open the question navigator", hint: "g go to"),
        KeyBinding([.char("t"), .char("T")], .toggleTimer, "Hide or show the timer", hint: "t timer"),
        KeyBinding([.down, .pageDown], .pageDown, "Scroll a long question down"),
        KeyBinding([.up, .pageUp], .pageUp, "Scroll a long question up"),
        KeyBinding([.char("?"), .function(1)], .help, "Show this help", hint: "? help"),
    ]

    public static func bindings(_ context: KeyContext) -> [KeyBinding] {
        switch context {
        case .home:
            return [
                KeyBinding([.up, .char("k")], .up, "Move up the menu"),
                KeyBinding([.down, .char("j")], .down, "Move down the menu"),
                KeyBinding([.enter], .select, "Open the selected item", hint: "Enter open"),
                KeyBinding([.char("r")], .confirm, "Resume the interrupted exam", hint: "r resume"),
                KeyBinding([.char("1")], .drillWeakest(0), "Drill the weakest topic"),
                KeyBinding([.char("2")], .drillWeakest(1), "Drill the second weakest topic"),
                KeyBinding([.char("3")], .drillWeakest(2), "Drill the third weakest topic"),
                KeyBinding([.char("d")], .setGoal, "Set or change the exam date", hint: "d exam date"),
                KeyBinding([.char("?"), .function(1)], .help, "Show this help", hint: "? help"),
                KeyBinding([.char("q"), .escape], .quit, "Quit mmprep", hint: "q quit"),
            ]
        case .setup:
            return [
                KeyBinding([.up, .char("k")], .up, "Previous field", hint: "↑↓ field"),
                KeyBinding([.down, .char("j"), .tab], .down, "Next field"),
                KeyBinding([.left, .char("h")], .left, "Previous value", hint: "←→ change"),
                KeyBinding([.right, .char("l")], .right, "Next value"),
                KeyBinding([.char(" ")], .toggle, "Tick or untick a domain or difficulty", hint: "Space tick"),
                KeyBinding([.enter], .select, "Start the exam", hint: "Enter start"),
                KeyBinding([.char("?"), .function(1)], .help, "Show this help"),
                KeyBinding([.escape, .char("q")], .back, "Back to the home screen", hint: "Esc back"),
            ]
        case .exam:
            return answerKeys + questionCommon + [
                KeyBinding([.backspace, .delete, .char("0")], .clearAnswer, "Clear your answer"),
                KeyBinding([.char("s"), .char("S")], .submit, "Review and submit the exam", hint: "s submit"),
                KeyBinding([.char("q"), .char("Q"), .escape], .suspend, "Pause: save and return home (the clock stops)", hint: "q pause"),
            ]
        case .tutor:
            return answerKeys + questionCommon + [
                KeyBinding([.char("s"), .char("S")], .submit, "Finish and see the summary", hint: "s finish"),
                KeyBinding([.char("q"), .char("Q"), .escape], .suspend, "Pause: save and return home", hint: "q pause"),
            ]
        case .navigator:
            return [
                KeyBinding([.up, .char("k")], .up, "Previous question"),
                KeyBinding([.down, .char("j")], .down, "Next question"),
                KeyBinding([.left, .char("h")], .left, "Previous column"),
                KeyBinding([.right, .char("l")], .right, "Next column"),
                KeyBinding([.enter], .select, "Go to the selected question", hint: "Enter go"),
                KeyBinding([.char("a")], .filter(.all), "Show all questions", hint: "a all"),
                KeyBinding([.char("u")], .filter(.unanswered), "Show unanswered questions", hint: "u unanswered"),
                KeyBinding([.char("f")], .filter(.flagged), "Show flagged questions", hint: "f flagged"),
                KeyBinding([.char("s")], .submit, "Review and submit", hint: "s submit"),
                KeyBinding([.escape, .char("g"), .char("q")], .cancel, "Close the navigator", hint: "Esc close"),
            ]
        case .submitConfirm:
            return [
                KeyBinding([.char("y"), .char("Y")], .confirm, "Submit now", hint: "y submit"),
                KeyBinding([.char("n"), .char("N"), .escape], .cancel, "Keep working", hint: "n keep working"),
                KeyBinding([.char("g")], .openNavigator, "Open the navigator", hint: "g navigator"),
            ]
        case .results:
            return [
                KeyBinding([.char("r"), .enter], .select, "Review the questions", hint: "r review"),
                KeyBinding([.char("?"), .function(1)], .help, "Show this help"),
                KeyBinding([.char("q"), .escape, .char("h")], .back, "Back to the home screen", hint: "q home"),
            ]
        case .review:
            return [
                KeyBinding([.right, .char("n"), .char("]")], .next, "Next question", hint: "→ next"),
                KeyBinding([.left, .char("p"), .char("[")], .previous, "Previous question", hint: "← prev"),
                KeyBinding([.down, .pageDown, .char("j")], .pageDown, "Scroll down"),
                KeyBinding([.up, .pageUp, .char("k")], .pageUp, "Scroll up"),
                KeyBinding([.char("a")], .reviewFilter(.all), "Show all questions", hint: "a all"),
                KeyBinding([.char("i")], .reviewFilter(.incorrect), "Show incorrect answers", hint: "i incorrect"),
                KeyBinding([.char("f")], .reviewFilter(.flagged), "Show flagged questions", hint: "f flagged"),
                KeyBinding([.char("u")], .reviewFilter(.unanswered), "Show unanswered questions", hint: "u unanswered"),
                KeyBinding([.char("?"), .function(1)], .help, "Show this help"),
                KeyBinding([.char("q"), .escape], .back, "Back", hint: "q back"),
            ]
        case .drillPicker:
            return [
                KeyBinding([.up, .char("k")], .up, "Move up"),
                KeyBinding([.down, .char("j")], .down, "Move down"),
                KeyBinding([.enter, .right], .select, "Choose", hint: "Enter choose"),
                KeyBinding([.char("?"), .function(1)], .help, "Show this help"),
                KeyBinding([.escape, .left, .char("q")], .back, "Back", hint: "Esc back"),
            ]
        case .history:
            return [
                KeyBinding([.up, .char("k")], .up, "Move up"),
                KeyBinding([.down, .char("j")], .down, "Move down"),
                KeyBinding([.enter], .select, "Review a finished attempt, or resume an unfinished one", hint: "Enter open"),
                KeyBinding([.char("?"), .function(1)], .help, "Show this help"),
                KeyBinding([.escape, .char("q")], .back, "Back to the home screen", hint: "q home"),
            ]
        case .stats:
            return [
                KeyBinding([.down, .pageDown, .char("j")], .pageDown, "Scroll down", hint: "↑↓ scroll"),
                KeyBinding([.up, .pageUp, .char("k")], .pageUp, "Scroll up"),
                KeyBinding([.char("1")], .drillWeakest(0), "Drill the weakest topic", hint: "1–3 drill"),
                KeyBinding([.char("2")], .drillWeakest(1), "Drill the second weakest topic"),
                KeyBinding([.char("3")], .drillWeakest(2), "Drill the third weakest topic"),
                KeyBinding([.char("d")], .setGoal, "Set or change the exam date", hint: "d exam date"),
                KeyBinding([.char("?"), .function(1)], .help, "Show this help"),
                KeyBinding([.escape, .char("q")], .back, "Back to the home screen", hint: "q home"),
            ]
        case .help:
            return [KeyBinding([.escape, .char("?"), .char("q"), .enter], .cancel, "Close help", hint: "Esc close")]
        case .goal:
            return [
                KeyBinding([.enter], .confirm, "Save the date (empty clears it)", hint: "Enter save"),
                KeyBinding([.backspace, .delete], .clearAnswer, "Delete the last character", hint: "Backspace delete"),
                KeyBinding([.escape], .cancel, "Cancel", hint: "Esc cancel"),
            ]
        }
    }

    /// The action bound to `key` in `context`, if any.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        bindings(context).first { $0.keys.contains(key) }?.action
    }

    /// Footer text: the hints of a context, separated by two spaces.
    public static func footer(_ context: KeyContext) -> String {
        bindings(context).compactMap(\.hint).joined(separator: "  ")
    }
}
