import ExamEngine
import LearningModel
import QuestionBank

/// The home menu, in the order shown.
public enum HomeMenu: String, Sendable, CaseIterable {
    case timedExam = "Timed exam"
    case practice = "Practice (tutor mode)"
    case drill = "Drill a topic"
    case reviewMissed = "Review missed questions"
    case reviewFlagged = "Review flagged questions"
    case history = "History"
    case stats = "Stats"
    case help = "Help"
    case quit = "Quit"

    public static var items: [HomeMenu] { allCases }
}

/// Home screen navigation and the screens it opens.
extension AppState {
    mutating func homeAction(_ action: Action) -> [Effect] {
        let items = HomeMenu.items
        switch action {
        case .up: menuIndex = (menuIndex - 1 + items.count) % items.count
        case .down: menuIndex = (menuIndex + 1) % items.count
        case .select: return open(items[menuIndex])
        case .confirm:
            guard let attempt = home.resumable.first else {
                notify("There is no interrupted exam to resume.")
                return []
            }
            return [.loadAttempt(attempt.id)]
        case .drillWeakest(let rank):
            let weakest = weakestTopics()
            guard rank < weakest.count else {
                notify("Answer some questions first: weak topics appear after a few answers.")
                return []
            }
            return startDrill(domain: weakest[rank].domain, topic: weakest[rank].estimate.key)
        case .setGoal: openGoal()
        case .quit: return quit()
        default: break
        }
        return []
    }

    /// Opens the exam-date entry, filled with the current date if there is one.
    mutating func openGoal() {
        goalInput = home.examDate ?? ""
        overlay = .goal
    }

    mutating func goalAction(_ action: Action) -> [Effect] {
        switch action {
        case .clearAnswer: if !goalInput.isEmpty { goalInput.removeLast() }
        case .cancel: overlay = nil
        case .confirm:
            if goalInput.isEmpty {
                overlay = nil
                notify("Exam date cleared.")
                return [.saveExamDate(nil), .loadHome]
            }
            guard StudyPlan.day(goalInput, timeZone: timeZone) != nil else {
                notify("Type the date as YYYY-MM-DD, e.g. 2027-03-15.", error: true)
                return []
            }
            overlay = nil
            notify("Exam date set to \(goalInput).")
            return [.saveExamDate(goalInput), .loadHome]
        default: break
        }
        return []
    }

    mutating func statsAction(_ action: Action) -> [Effect] {
        switch action {
        case .pageDown: statsScroll += 3
        case .pageUp: statsScroll = max(0, statsScroll - 3)
        case .drillWeakest: return homeAction(action)
        case .setGoal: openGoal()
        case .back:
            statsScroll = 0
            return goHome()
        default: break
        }
        return []
    }

    mutating func open(_ item: HomeMenu) -> [Effect] {
        switch item {
        case .timedExam:
            setup = SetupState()
            setup.choice = bank.blueprints.firstIndex { $0.id == "cmom-style" } ?? 0
            setup.mode = .exam
            screen = .setup
        case .practice:
            setup = SetupState()
            setup.choice = bank.blueprints.firstIndex { $0.id == "quick-practice" } ?? 0
            setup.mode = .tutor
            screen = .setup
        case .drill:
            drill = DrillPickerState()
            screen = .drillPicker
        case .reviewMissed: return [.loadQuestionList(.missed)]
        case .reviewFlagged: return [.loadQuestionList(.flagged)]
        case .history:
            history = HistoryState()
            screen = .history
            return [.loadHistory]
        case .stats: screen = .stats
        case .help: overlay = .help
        case .quit: return quit()
        }
        return []
    }

    /// The three weakest topics with at least a few answers, weakest first.
    public func weakestTopics(limit: Int = 3) -> [TopicMastery] {
        Array(home.topicsByWeakness.prefix(limit))
    }

    /// Starts an adaptive tutor-mode drill of a domain (nil: every domain) and optionally one
    /// topic: each question is chosen after the previous answer, weakest areas first.
    mutating func startDrill(domain: String?, topic: String?) -> [Effect] {
        let domains = domain.map { [$0] } ?? bank.domains.map(\.id)
        let available = domains.reduce(0) { $0 + bank.questionCount(domain: $1, topic: topic) }
        guard available > 0 else {
            notify("No questions in that topic yet.")
            return []
        }
        let title = "Drill: " + (topic ?? domain.map(bank.domainName) ?? "all domains, weakest first")
        var spec = ExamSpec(title: title, kind: .drill, mode: .tutor,
                            shares: domains.map { ExamShare(key: $0, count: 0, domains: [$0]) },
                            timeLimit: nil, passPercent: 70, topic: topic)
        spec.adaptive = true
        return [.startExam(spec)]
    }

    /// A tutor session over missed or flagged questions.
    mutating func startReviewSession(_ source: ReviewSource, ids: [String]) -> [Effect] {
        let known = ids.filter { bank.question($0) != nil }
        guard !known.isEmpty else {
            notify(source == .missed ? "No missed questions: every question you answered last was right." : "No flagged questions yet.")
            return []
        }
        var spec = ExamSpec.custom(count: known.count, minutes: nil, domains: [], mode: .tutor, kind: .review,
                                   title: source == .missed ? "Review missed" : "Review flagged", in: bank)
        spec.questionIDs = Array(known.prefix(50))
        return [.startExam(spec)]
    }

    // MARK: drill picker

    /// Domains that have questions, in bank order, as the drill picker lists them.
    public var drillDomains: [Domain] {
        bank.domains.filter { d in bank.questions.contains { $0.domain == d.id } }
    }

    mutating func drillAction(_ action: Action) -> [Effect] {
        let domains = drillDomains
        guard !domains.isEmpty else { return goHome() }
        // Row 0 is "every domain"; row n is domains[n - 1].
        let rows = domains.count + 1
        drill.domainIndex = min(drill.domainIndex, rows - 1)
        guard drill.domainIndex > 0 || drill.topicIndex != nil else {
            switch action {
            case .up: drill.domainIndex = rows - 1
            case .down: drill.domainIndex = 1
            case .select: return startDrill(domain: nil, topic: nil)
            case .back: return goHome()
            default: break
            }
            return []
        }
        let domain = domains[max(0, drill.domainIndex - 1)]
        let topics = bank.topics(in: domain.id)
        switch (action, drill.topicIndex) {
        case (.up, nil): drill.domainIndex = (drill.domainIndex - 1 + rows) % rows
        case (.down, nil): drill.domainIndex = (drill.domainIndex + 1) % rows
        case (.select, nil): drill.topicIndex = 0
        case (.back, nil): return goHome()
        case (.up, let t?): drill.topicIndex = (t - 1 + topics.count + 1) % (topics.count + 1)
        case (.down, let t?): drill.topicIndex = (t + 1) % (topics.count + 1)
        case (.select, let t?): return startDrill(domain: domain.id, topic: t == 0 ? nil : topics[t - 1])
        case (.back, _?): drill.topicIndex = nil
        default: break
        }
        return []
    }

    // MARK: history

    mutating func historyAction(_ action: Action) -> [Effect] {
        let count = history.attempts.count
        switch action {
        case .up: history.selected = max(0, history.selected - 1)
        case .down: history.selected = min(max(0, count - 1), history.selected + 1)
        case .select:
            guard history.selected < count else { return [] }
            return [.loadAttempt(history.attempts[history.selected].id)]
        case .back: return goHome()
        default: break
        }
        return []
    }
}

extension AppState {
    /// The effects that start a drill, for the command line.
    public mutating func drillEffects(domain: String?, topic: String?) -> [Effect] {
        startDrill(domain: domain, topic: topic)
    }
}
