/// Answer counts for one area, split by whether the learner marked the answer unsure.
public struct AreaTally: Sendable, Hashable, Codable {
    public var key: String
    public var sureAnswers: Int
    public var sureCorrect: Int
    public var unsureAnswers: Int
    public var unsureCorrect: Int
    /// Seconds spent on all these answers.
    public var totalTime: Double

    public init(key: String, sureAnswers: Int = 0, sureCorrect: Int = 0, unsureAnswers: Int = 0, unsureCorrect: Int = 0, totalTime: Double = 0) {
        self.key = key
        self.sureAnswers = sureAnswers
        self.sureCorrect = sureCorrect
        self.unsureAnswers = unsureAnswers
        self.unsureCorrect = unsureCorrect
        self.totalTime = totalTime
    }

    public var answers: Int { sureAnswers + unsureAnswers }
    public var correct: Int { sureCorrect + unsureCorrect }
    /// Accuracy of answers given without the unsure mark; nil without any.
    public var sureAccuracy: Double? { sureAnswers == 0 ? nil : Double(sureCorrect) / Double(sureAnswers) }
    /// Accuracy of answers marked unsure; nil without any.
    public var unsureAccuracy: Double? { unsureAnswers == 0 ? nil : Double(unsureCorrect) / Double(unsureAnswers) }
    public var averageTime: Double? { answers == 0 ? nil : totalTime / Double(answers) }
}

/// Answers given on one calendar day.
public struct DayTally: Sendable, Hashable, Codable {
    /// Days since 1970-01-01 in the learner's time zone.
    public var day: Int
    public var answers: Int
    public var correct: Int

    public init(day: Int, answers: Int, correct: Int) {
        self.day = day
        self.answers = answers
        self.correct = correct
    }
}
