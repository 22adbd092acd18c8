import ExamEngine
import QuestionBank
import TerminalUI

/// Something that happened: a key, a resize, a clock tick, or the result of an effect.
public enum Msg: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// Time passing; the instant itself arrives with every message.
    case tick
    case homeLoaded(HomeData)
    case examStarted(ExamSession, attemptID: Int64)
    /// A saved attempt read back: to resume it, or (submitted) to review it.
    case attemptLoaded(ExamSession, attemptID: Int64)
    case historyLoaded([AttemptSummary])
    case questionListLoaded(ReviewSource, [String])
    case previousScoreLoaded(Double?)
    /// The adaptive drill's next question, or nil when its pool is used up.
    case nextQuestionChosen(ExamItem?)
    /// An effect failed; the text is one line for the user.
    case failed(String)
    /// SIGTERM, SIGHUP or SIGINT: save and leave.
    case terminate
}

/// The instant a message happened, on both clocks.
public struct Instant: Sendable, Equatable {
    /// Monotonic seconds: exam time is measured on this clock only.
    public var monotonic: Double
    /// Seconds since 1970, for records.
    public var wall: Double

    public init(monotonic: Double, wall: Double) {
        self.monotonic = monotonic
        self.wall = wall
    }
}

/// Where a review session's questions come from.
public enum ReviewSource: String, Sendable, Equatable {
    case missed, flagged
}

/// Work for the runner: storage and process control, described as values.
public enum Effect: Sendable, Equatable {
    case loadHome
    /// Assemble (with the learner's history and a fresh seed), record, then `.examStarted`.
    case startExam(ExamSpec)
    case save([SessionChange], ExamSession, attemptID: Int64)
    case submit(ExamSession, ExamReport, attemptID: Int64)
    case loadAttempt(Int64)
    case loadHistory
    case loadQuestionList(ReviewSource)
    case loadPreviousScore(blueprintID: String, before: Int64)
    /// Choose the next question of an adaptive session from the learner's history.
    case chooseNextQuestion(ExamSession)
    /// Save the exam date ("YYYY-MM-DD"), or clear it with nil; then reload the home data.
    case saveExamDate(String?)
    /// Record the question just added to an adaptive session, and save `changes`.
    case appendQuestion([SessionChange], ExamSession, attemptID: Int64)
    case quit
}
