import Foundation
import LearningModel
import TerminalUI
import Testing
import TestSupport
@testable import ExamApp

/// The stats screen formats only the rows on screen; what it shows must not change.
@Suite("Stats screen with many topics")
struct StatsScrollTests {
    /// 60 topics with varied mastery, some unanswered and some with too few answers to rank.
    static func manyTopics() -> HomeData {
        var data = sampleHomeData()
        data.topicMastery = (0..<60).map { n in
            let mean = Double((n * 37) % 100) / 100
            let answers = n % 7 == 0 ? 0 : n % 5
            return TopicMastery(domain: n % 2 == 0 ? "alpha" : "beta",
                                estimate: MasteryEstimate(key: "Topic \(n)", mean: mean, lower: max(0, mean - 0.2), upper: min(1, mean + 0.15),
                                                          answers: answers, correct: answers / 2))
        }
        return data
    }

    /// The frame as drawn from every line of the screen, the way it was drawn before.
    static func drawnFromAllLines(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        Chrome.header(&buffer, left: "Stats", right: [Span("\(state.home.answerCount) answers")])
        let body = Rect(x: 1, y: 2, width: buffer.width - 2, height: buffer.height - 4)
        Chrome.draw(StatsView.lines(state, width: body.width), into: &buffer, in: body, scroll: state.statsScroll)
        Chrome.footer(&buffer, state: state, hints: Keymap.footer(state.keyContext))
        return buffer
    }

    @Test("every scroll position shows the same cells as drawing every line", arguments: [(80, 24), (120, 40)])
    func scrolling(_ size: (Int, Int)) {
        var d = AppDriver(width: size.0, height: size.1)
        d.send(.homeLoaded(Self.manyTopics()))
        d.state.menuIndex = HomeMenu.items.firstIndex(of: .stats)!
        d.press(.enter)
        #expect(d.state.screen == .stats)
        let total = StatsView.lines(d.state, width: size.0 - 2).count
        for _ in 0...(total / 3 + 2) {
            #expect(AppView.render(d.state) == Self.drawnFromAllLines(d.state), "scroll \(d.state.statsScroll)")
            d.press(.pageDown)
        }
        // Past the end the last rows stay: the strongest answered topic is at the bottom of the body.
        let strongest = d.state.home.topicsByMastery.last!.estimate.key
        #expect(d.screen[size.1 - 3].contains(strongest))
        #expect(d.screen[size.1 - 3].contains("▼ more") == false)
    }

    @Test("the topic table lists answered topics, weakest first, and follows changes to the data")
    func ranking() {
        var data = Self.manyTopics()
        let answered = data.topicMastery.filter { $0.estimate.answers > 0 }
        #expect(data.topicsByMastery.count == answered.count)
        #expect(zip(data.topicsByMastery, data.topicsByMastery.dropFirst()).allSatisfy { $0.estimate.mean <= $1.estimate.mean })
        data.topicMastery.append(TopicMastery(domain: "alpha", estimate: MasteryEstimate(key: "Newest", mean: 0.01, lower: 0, upper: 0.1,
                                                                                          answers: 4, correct: 0)))
        #expect(data.topicsByMastery.first?.estimate.key == "Newest")
        #expect(data.topicsByWeakness.first?.estimate.key == "Newest")
        data.topicMastery = []
        #expect(data.topicsByMastery.isEmpty && data.topicsByWeakness.isEmpty)
    }

    @Test("the ranking kept with the data names the same weakest topics as the home screen")
    func weakestAgree() {
        var d = AppDriver(width: 120, height: 40)
        d.send(.homeLoaded(Self.manyTopics()))
        #expect(Array(d.state.home.topicsByWeakness.prefix(3)) == d.state.weakestTopics())
        #expect(!d.state.weakestTopics().isEmpty)
    }
}

@Suite("Fixed-width numbers")
struct FixedNumberTests {
    @Test("whole numbers match printf's %N.0f, ties to even and negative zero included")
    func whole() {
        var values: [Double] = (-40...1_000).map { Double($0) / 8 }
        values += [0, -0.0, -0.4, 0.5, 1.5, 2.5, 0.49999999999999994, 99.5, 100.5, 1e14 + 0.5, 1e20, .nan, .infinity, -.infinity]
        values += (0..<200).map { Double($0) * 0.731 + 0.0049 }
        for value in values {
            for width in [2, 3, 4, 6] {
                #expect(FixedNumber.whole(value, width: width) == String(format: "%\(width).0f", value), "\(value) in \(width)")
            }
        }
    }

    @Test("integers match printf's %Nd")
    func integer() {
        for value in [0, 7, -3, 42, 999, 1_000, 1_234_567, -2_000_000_000] {
            for width in [1, 3, 7] {
                #expect(FixedNumber.integer(value, width: width) == String(format: "%\(width)d", value), "\(value) in \(width)")
            }
        }
    }
}
