/// The command list that `h` or `?` prints, for the phase the session is in.
extension PlainSession {
    func helpText() -> [String] {
        let entries: [(String, String)]
        switch phase {
        case .question, .confirmSubmit: entries = questionHelp
        case .results: entries = resultsHelp
        case .review: entries = reviewHelp
        case .finished: entries = []
        }
        return wrap("Commands (type one, then press Enter):") + entries.flatMap { wrap("\($0.0): \($0.1)") }
    }

    private var questionHelp: [(String, String)] {
        let answer = isTutor ? "answer with that choice; it is checked at once and cannot change."
            : "answer with that choice (again with another letter to change it)."
        var entries: [(String, String)] = [("a to e, or 1 to 5", answer)]
        if !isTutor { entries.append(("clear", "remove your answer.")) }
        entries += [
            ("n", "next question."),
            ("p", "previous question."),
            ("g 12", "go to question 12."),
            ("r", "read the current question again."),
            ("f", "flag or unflag this question for review."),
        ]
        if !isTutor { entries.append(("x b", "strike out choice B; the same again restores it.")) }
        entries += [
            ("u", "mark or unmark your answer as a guess."),
            ("l", "list the questions with their status; l answered, l unanswered or l flagged lists only those."),
            ("t", "time left, or time used when untimed."),
            ("s", isTutor ? "finish and see the summary (asks to confirm)." : "submit the exam (asks to confirm)."),
            ("q", session.spec.kind == .drill ? "end the drill and see the summary."
                : "pause and save; continue later with: mmprep resume --plain"),
            ("h or ?", "this list."),
        ]
        return entries
    }

    private var resultsHelp: [(String, String)] {
        [
            ("r", "review the questions you missed, with explanations (all of them when none was missed)."),
            ("r all, r incorrect, r flagged, r unanswered", "review those questions."),
            ("l", "list the questions as correct, incorrect or unanswered."),
            ("s", "show the results again."),
            ("q", "quit."),
            ("h or ?", "this list."),
        ]
    }

    private var reviewHelp: [(String, String)] {
        [
            ("n", "next question of this review."),
            ("p", "previous question of this review."),
            ("g 12", "show question 12."),
            ("r", "read this question again."),
            ("r all, r incorrect, r flagged, r unanswered", "review those questions instead."),
            ("l", "list the questions as correct, incorrect or unanswered."),
            ("s", "show the results."),
            ("q", "quit."),
            ("h or ?", "this list."),
        ]
    }
}
