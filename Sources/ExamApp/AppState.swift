import ExamEngine
import LearningModel
import QuestionBank
import Foundation
import TerminalUI

/// The screens of the app; overlays (help, navigator, confirmations) sit on top of one.
public enum Screen: Sendable, Equatable {
    case home, setup, exam, results, review, drillPicker, history, stats
}

/// A panel drawn over the current screen that takes the keys until closed.
public enum Overlay: Sendable, Equatable {
    case help
    case navigator
    case submitConfirm
    /// Typing the exam date.
    case goal
}

/// What the home screen shows; loaded from the store by an effect.
public struct HomeData: Sendable, Equatable {
    public var resumable: [AttemptSummary]
    public var recent: [AttemptSummary]
    public var domainMastery: [MasteryEstimate]
    public var topicMastery: [TopicMastery] {
        didSet { rankTopics() }
    }
    /// The answered topics, lowest mastery first: the stats screen's topic table.
    ///
    /// Kept in step with ``topicMastery`` when it changes, like ``topicsByWeakness``, so drawing a
    /// frame never sorts.
    public private(set) var topicsByMastery: [TopicMastery] = []
    /// Topics with at least three answers, weakest first (ties by name): the "weakest topics" ranking.
    public private(set) var topicsByWeakness: [TopicMastery] = []
    public var answerCount: Int
    /// Predicted score and pass probability per full-length blueprint.
    public var readiness: [Readiness] = []
    /// The exam day ("YYYY-MM-DD") and the days left until it, counting today.
    public var examDate: String?
    public var daysLeft: Int?
    /// Reviews due now, and questions a day needed to be ready by the exam date.
    public var reviewsDue = 0
    public var dailyLoad: Int?
    /// Sure/unsure accuracy and time per domain; answers per day; exam scores over time.
    public var domainTallies: [AreaTally] = []
    public var days: [DayTally] = []
    public var examScores: [Double] = []

    public init(resumable: [AttemptSummary] = [], recent: [AttemptSummary] = [], domainMastery: [MasteryEstimate] = [],
                topicMastery: [TopicMastery] = [], answerCount: Int = 0) {
        self.resumable = resumable
        self.recent = recent
        self.domainMastery = domainMastery
        self.topicMastery = topicMastery
        self.answerCount = answerCount
        rankTopics()
    }

    private mutating func rankTopics() {
        topicsByMastery = topicMastery.filter { $0.estimate.answers > 0 }.sorted { $0.estimate.mean < $1.estimate.mean }
        topicsByWeakness = topicMastery.filter { $0.estimate.answers >= 3 }
            .sorted { $0.estimate.mean != $1.estimate.mean ? $0.estimate.mean < $1.estimate.mean : $0.estimate.key < $1.estimate.key }
    }
}

/// A topic's mastery with the domain it belongs to.
public struct TopicMastery: Sendable, Equatable {
    public var domain: String
    public var estimate: MasteryEstimate

    public init(domain: String, estimate: MasteryEstimate) {
        self.domain = domain
        self.estimate = estimate
    }
}

/// The running (or just finished) session and how it is shown.
public struct ActiveExam: Sendable, Equatable {
    public var session: ExamSession
    public var attemptID: Int64
    public var timerHidden = false
    /// "x" was pressed: the next letter strikes out (or restores) that choice.
    public var awaitingStrike = false
    public var lastCheckpoint: Double
    /// Instant of the previous tick, to announce each time warning once.
    public var lastTick: Double
    /// Blueprint pace for the header, seconds per question.
    public var secondsPerQuestion: Double?
    public var navigator = NavigatorState()
    /// Lines scrolled in the question body (long stems on small terminals).
    public var scroll = 0
    public var report: ExamReport?
    public var previousScore: Double?

    public init(session: ExamSession, attemptID: Int64, now: Double, secondsPerQuestion: Double?) {
        self.session = session
        self.attemptID = attemptID
        lastCheckpoint = now
        lastTick = now
        self.secondsPerQuestion = secondsPerQuestion
    }
}

/// Which questions the navigator lists.
public enum NavigatorFilter: String, Sendable, Equatable, CaseIterable {
    case all, unanswered, flagged
}

public struct NavigatorState: Sendable, Equatable {
    public var filter: NavigatorFilter = .all
    public var selected = 0
    public init() {}
}

/// Which questions of a finished session the review shows.
public enum ReviewFilter: String, Sendable, Equatable, CaseIterable {
    case all, incorrect, flagged, unanswered
}

public struct ReviewState: Sendable, Equatable {
    public var filter: ReviewFilter = .incorrect
    /// Position within the filtered list.
    public var position = 0
    public var scroll = 0
    public init(filter: ReviewFilter = .incorrect) {
        self.filter = filter
    }
}

/// The exam setup form.
public struct SetupState: Sendable, Equatable {
    public enum Field: Int, Sendable, CaseIterable {
        case kind, count, minutes, domains, difficulty, mode, start
    }

    /// Index into the blueprint list, or `blueprints.count` for a custom exam.
    public var choice = 0
    public var field: Field = .kind
    public var mode: ExamMode = .exam
    public var count = 20
    public var minutes = 30
    /// Domain ids chosen for a custom exam (empty means all).
    public var domains: Set<String> = []
    public var domainCursor = 0
    public var difficulties: Set<Int> = []
    public init() {}
}

/// Choosing what to drill: a domain, then a topic.
public struct DrillPickerState: Sendable, Equatable {
    public var domainIndex = 0
    /// Nil while choosing the domain; then 0 = all topics, n = the nth topic.
    public var topicIndex: Int?
    public init() {}
}

public struct HistoryState: Sendable, Equatable {
    public var attempts: [AttemptSummary] = []
    public var selected = 0
    public var loaded = false
    public init() {}
}

/// A short line at the bottom of the screen, for errors and notices.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool
    public var until: Double

    public init(text: String, isError: Bool, until: Double) {
        self.text = text
        self.isError = isError
        self.until = until
    }
}

/// Everything the app shows, changed only by `update`.
public struct AppState: Sendable {
    public let bank: Bank
    public var width: Int
    public var height: Int
    /// Monotonic seconds of the last message.
    public var now: Double = 0
    /// Wall-clock seconds since 1970 of the last message.
    public var wallTime: Double = 0
    public var screen: Screen = .home
    public var overlay: Overlay?
    public var menuIndex = 0
    public var home = HomeData()
    public var exam: ActiveExam?
    public var setup = SetupState()
    public var review = ReviewState()
    public var drill = DrillPickerState()
    public var history = HistoryState()
    public var message: StatusMessage?
    public var isFinished = false
    /// The screen the help overlay and review return to.
    public var reviewReturn: Screen = .results
    public var statsScroll = 0
    /// The exam date being typed in the goal overlay.
    public var goalInput = ""
    /// Time zone for dates on screen (tests pin it).
    public var timeZone: TimeZone = .current

    public init(bank: Bank, width: Int, height: Int) {
        self.bank = bank
        self.width = width
        self.height = height
    }

    /// Below this size the app shows only a request to enlarge the terminal.
    public static let minimumWidth = 60
    public static let minimumHeight = 18

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Shows `text` for a few seconds.
    mutating func notify(_ text: String, error: Bool = false, seconds: Double = 4) {
        message = StatusMessage(text: text, isError: error, until: now + seconds)
    }
}
