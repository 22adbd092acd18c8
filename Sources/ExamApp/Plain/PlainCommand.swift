/// Which questions `l` lists in plain mode.
public enum PlainListFilter: String, Sendable, Equatable, CaseIterable {
    case all, answered, unanswered, flagged
}

/// One typed line of plain mode, parsed; what it does depends on the phase (question, results, review).
///
/// Every command is a word or a letter followed by Enter. Letters a–e and digits 1–9 answer, so
/// going to a question always takes `g` ("g 12"): a bare number is never a question number,
/// which keeps "3" from meaning both "answer C" and "go to question 3".
public enum PlainCommand: Sendable, Equatable {
    /// A choice by display position (A or 1 = 0).
    case answer(Int)
    case clear
    case next, previous
    /// A question number as typed (1-based).
    case go(Int)
    /// "r" alone: read the current question again (in the results, start the review).
    case read
    case flag
    /// Strike out (or restore) the choice at a display position.
    case strike(Int)
    case unsure
    case list(PlainListFilter)
    case time
    /// "s": submit (in the results and review, show the results again).
    case submit
    /// "q": pause and save (a drill ends with its summary; after the results, leave).
    case quit
    case help
    /// "review" or "r" with a filter: review questions of a submitted session.
    case review(ReviewFilter?)
    case results
    case yes, no
    /// An empty line.
    case empty
    /// Not a command; the text says what to type instead.
    case invalid(String)

    /// Parses one line; letters are case-insensitive and surrounding spaces are ignored.
    public static func parse(_ line: String) -> PlainCommand {
        let words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first else { return .empty }
        let rest = Array(words.dropFirst())
        if let command = parseJoined(first), rest.isEmpty { return command }
        switch first {
        case "a", "b", "c", "d", "e":
            return rest.isEmpty ? .answer(letterPosition(first)!) : tooMany(first)
        case "clear": return noArgument(.clear, rest, first)
        case "n", "next": return noArgument(.next, rest, first)
        case "p", "prev", "previous": return noArgument(.previous, rest, first)
        case "g", "go", "goto":
            guard rest.count == 1, let number = Int(rest[0]) else { return .invalid("Type g and a question number, for example g 12.") }
            return .go(number)
        case "r", "read", "repeat", "review":
            if rest.isEmpty { return first == "review" ? .review(nil) : .read }
            guard rest.count == 1, let filter = reviewFilter(rest[0]) else {
                return .invalid("Review all, incorrect, flagged or unanswered questions, for example r incorrect.")
            }
            return .review(filter)
        case "f", "flag": return noArgument(.flag, rest, first)
        case "x", "strike":
            guard rest.count == 1, let position = choicePosition(rest[0]) else {
                return .invalid("Type x and a choice letter, for example x b.")
            }
            return .strike(position)
        case "u", "unsure", "guess": return noArgument(.unsure, rest, first)
        case "l", "list":
            if rest.isEmpty { return .list(.all) }
            guard rest.count == 1, let filter = listFilter(rest[0]) else {
                return .invalid("Type l, or l answered, l unanswered or l flagged.")
            }
            return .list(filter)
        case "t", "time": return noArgument(.time, rest, first)
        case "s", "submit": return noArgument(.submit, rest, first)
        case "q", "quit", "pause", "exit": return noArgument(.quit, rest, first)
        case "h", "?", "help": return .help
        case "results": return noArgument(.results, rest, first)
        case "y", "yes": return noArgument(.yes, rest, first)
        case "no": return noArgument(.no, rest, first)
        default:
            if let number = Int(first), number > 0, rest.isEmpty {
                if number <= 9 { return .answer(number - 1) }
                return .invalid("To go to question \(number), type g \(number).")
            }
            return .invalid("Unknown command '\(trimmed(line))'. Type h for the list of commands.")
        }
    }

    /// Short forms written without a space: "g12", "xb".
    private static func parseJoined(_ word: String) -> PlainCommand? {
        guard word.count >= 2, let head = word.first else { return nil }
        let tail = String(word.dropFirst())
        if head == "g", let number = Int(tail) { return .go(number) }
        if head == "x", tail.count == 1, let position = choicePosition(tail) { return .strike(position) }
        return nil
    }

    /// A–E or 1–9 as a display position.
    static func choicePosition(_ word: String) -> Int? {
        if let position = letterPosition(word) { return position }
        if let digit = Int(word), (1...9).contains(digit) { return digit - 1 }
        return nil
    }

    static func letterPosition(_ word: String) -> Int? {
        ["a", "b", "c", "d", "e"].firstIndex(of: word)
    }

    static func reviewFilter(_ word: String) -> ReviewFilter? {
        switch word {
        case "all", "a": .all
        case "incorrect", "i", "wrong", "missed": .incorrect
        case "flagged", "f": .flagged
        case "unanswered", "u": .unanswered
        default: nil
        }
    }

    static func listFilter(_ word: String) -> PlainListFilter? {
        switch word {
        case "all": .all
        case "answered", "a": .answered
        case "unanswered", "u": .unanswered
        case "flagged", "f": .flagged
        default: nil
        }
    }

    /// The line without leading and trailing spaces and tabs, to quote it back.
    private static func trimmed(_ line: String) -> String {
        var text = Substring(line)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }

    private static func noArgument(_ command: PlainCommand, _ rest: [String], _ word: String) -> PlainCommand {
        rest.isEmpty ? command : tooMany(word)
    }

    private static func tooMany(_ word: String) -> PlainCommand {
        .invalid("'\(word)' takes nothing after it. Type h for the list of commands.")
    }
}

