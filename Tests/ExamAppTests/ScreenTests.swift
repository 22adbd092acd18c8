import ExamApp
import ExamEngine
import Foundation
import LearningModel
import TerminalUI
import Testing
import TestSupport

let screensDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Screens").path

/// Home data with answers, a paused exam and a finished one, for the populated screens.
func sampleHomeData() -> HomeData {
    let paused = AttemptSummary(id: 2, kind: .exam, mode: .exam, title: "Mini exam", blueprintID: "mini", status: .active,
                                questionCount: 10, answeredCount: 4, correctCount: nil, scorePercent: nil, passed: nil,
                                passPercent: 70, timeLimit: 1200, elapsed: 300, startedAt: 1_768_467_600, updatedAt: 1_768_467_900, submittedAt: nil)
    let done = AttemptSummary(id: 1, kind: .exam, mode: .exam, title: "Mini exam", blueprintID: "mini", status: .submitted,
                              questionCount: 10, answeredCount: 10, correctCount: 8, scorePercent: 80, passed: true,
                              passPercent: 70, timeLimit: 1200, elapsed: 900, startedAt: 1_768_380_000, updatedAt: 1_768_381_000, submittedAt: 1_768_381_000)
    let domains = [
        MasteryEstimate(key: "alpha", mean: 0.82, lower: 0.7, upper: 0.91, answers: 30, correct: 25),
        MasteryEstimate(key: "beta", mean: 0.55, lower: 0.4, upper: 0.7, answers: 12, correct: 6),
        MasteryEstimate(key: "gamma", mean: 0.5, lower: 0.05, upper: 0.95, answers: 0, correct: 0),
    ]
    let topics = [
        TopicMastery(domain: "beta", estimate: MasteryEstimate(key: "Topic one", mean: 0.4, lower: 0.2, upper: 0.6, answers: 6, correct: 2)),
        TopicMastery(domain: "alpha", estimate: MasteryEstimate(key: "Topic two", mean: 0.7, lower: 0.5, upper: 0.85, answers: 15, correct: 11)),
    ]
    return HomeData(resumable: [paused], recent: [paused, done], domainMastery: domains, topicMastery: topics, answerCount: 42)
}

/// Each screen, in a fixed state, at the two reference sizes.
enum ScreenScenario: String, CaseIterable {
    case homeEmpty, homeWithProgress, setupBlueprint, setupCustom, question, questionStruck, tutorRevealed
    case navigator, submitConfirm, results, review, drillDomains, drillTopics, history, stats, help, tooSmall

    func drive(_ d: inout AppDriver) {
        switch self {
        case .homeEmpty:
            d.send(.homeLoaded(HomeData()))
        case .homeWithProgress:
            d.send(.homeLoaded(sampleHomeData()))
        case .setupBlueprint:
            d.press(.enter)
        case .setupCustom:
            d.press(.enter, .left)
        case .question:
            d.startMini()
            d.press(.char("b"), .char("f"))
        case .questionStruck:
            d.startMini()
            d.press(.char("x"), .char("c"), .right, .char("a"))
        case .tutorRevealed:
            d.startMini(mode: .tutor)
            d.press(.char("a"))
        case .navigator:
            d.startMini()
            d.press(.char("a"), .char("f"), .right, .right, .char("c"), .char("g"))
        case .submitConfirm:
            d.startMini()
            d.press(.char("a"), .char("f"), .char("s"))
        case .results:
            d.startMini()
            d.press(.char("a"), .right, .char("b"), .char("f"), .char("s"), .char("y"))
            d.send(.previousScoreLoaded(60))
        case .review:
            d.startMini()
            d.press(.char("a"), .char("s"), .char("y"), .char("r"))
        case .drillDomains:
            d.send(.homeLoaded(sampleHomeData()))
            d.press(.down, .down, .enter)
        case .drillTopics:
            d.send(.homeLoaded(sampleHomeData()))
            d.press(.down, .down, .enter, .down, .enter)
        case .history:
            d.send(.homeLoaded(sampleHomeData()))
            d.state.menuIndex = HomeMenu.items.firstIndex(of: .history)!
            d.press(.enter)
            d.send(.historyLoaded(sampleHomeData().recent))
        case .stats:
            d.send(.homeLoaded(sampleHomeData()))
            d.state.menuIndex = HomeMenu.items.firstIndex(of: .stats)!
            d.press(.enter)
        case .help:
            d.startMini()
            d.press(.char("?"))
        case .tooSmall:
            d.send(.resize(width: 50, height: 15))
        }
    }
}

@Suite("Screens as text, against golden files")
struct ScreenTests {
    @Test("every screen at 80x24 and 120x40", arguments: ScreenScenario.allCases, [(80, 24), (120, 40)])
    func golden(_ scenario: ScreenScenario, _ size: (Int, Int)) {
        var driver = AppDriver(width: size.0, height: size.1)
        scenario.drive(&driver)
        let lines = driver.screen
        #expect(lines.count <= size.1)
        #expect(lines.allSatisfy { TextWidth.columns(of: $0) <= size.0 })
        if let problem = Golden.check(lines, name: "\(scenario.rawValue)-\(size.0)x\(size.1)", directory: screensDirectory) {
            Issue.record(Comment(rawValue: problem))
        }
    }
}
