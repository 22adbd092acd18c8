import ExamApp
import ExamEngine
import Foundation
import LearningModel
import QuestionBank
import TerminalUI

/// Drives `AppState` like the runner does, with a fake clock and a scripted store.
///
/// Effects that would touch storage are answered from memory (a started exam gets attempt id
/// 1, 2, …), so screens can be tested without a database.
public struct AppDriver {
    public var state: AppState
    public var now: Double = 1_000
    /// Wall clock at monotonic zero: 2026-01-15 09:00 UTC.
    public let wallBase: Double = 1_768_467_600
    public var lastEffects: [Effect] = []
    public var savedChanges: [[SessionChange]] = []
    private var nextAttempt: Int64 = 1

    public init(width: Int = 80, height: Int = 24, bank: Bank = SampleBank.standard()) {
        state = AppState(bank: bank, width: width, height: height)
        state.timeZone = TimeZone(identifier: "UTC")!
    }

    public var instant: Instant { Instant(monotonic: now, wall: wallBase + now) }

    /// Sends a message `advance` seconds after the previous one and performs simple effects.
    @discardableResult
    public mutating func send(_ msg: Msg, advance: Double = 1) -> [Effect] {
        now += advance
        let effects = state.update(msg, at: instant)
        lastEffects = effects
        for effect in effects { perform(effect) }
        return effects
    }

    @discardableResult
    public mutating func press(_ keys: Key..., advance: Double = 1) -> [Effect] {
        var all: [Effect] = []
        for key in keys { all += send(.key(key), advance: advance) }
        return all
    }

    /// Types each character of `text` as a key.
    @discardableResult
    public mutating func type(_ text: String) -> [Effect] {
        var all: [Effect] = []
        for c in text { all += send(.key(.char(c))) }
        return all
    }

    private mutating func perform(_ effect: Effect) {
        switch effect {
        case .startExam(let spec):
            guard let items = try? ExamAssembler.assemble(spec, from: state.bank, seed: 1) else { return }
            let id = nextAttempt
            nextAttempt += 1
            send(.examStarted(ExamSession(spec: spec, items: items, now: now), attemptID: id), advance: 0)
        case .save(let changes, _, _), .appendQuestion(let changes, _, _):
            savedChanges.append(changes)
        case .chooseNextQuestion(let session):
            var rng = SeededGenerator(seed: UInt64(session.count) + 7)
            let answers = session.items.indices.compactMap { index -> AnswerEvent? in
                guard let choice = session.responses[index].choice, let q = state.bank.question(session.items[index].questionID) else { return nil }
                return AnswerEvent(attemptID: 1, questionID: q.id, domain: q.domain, topic: q.topic, correct: q.choices[choice].isCorrect,
                                   answeredAt: wallBase + now, timeSpent: 10, unsure: false, kind: .drill)
            }
            let item = AdaptiveDrill.next(for: session, bank: state.bank, answers: answers, overdue: [:], now: wallBase + now, rng: &rng)
            send(.nextQuestionChosen(item), advance: 0)
        default:
            break
        }
    }

    /// Starts the sample bank's `mini` blueprint (10 questions, 20 minutes) in `mode`.
    public mutating func startMini(mode: ExamMode = .exam) {
        let spec = ExamSpec.blueprint(state.bank.blueprint("mini")!, in: state.bank, mode: mode)
        perform(.startExam(spec))
    }

    /// The display position of the correct choice of the current question.
    public var correctPosition: Int {
        let session = state.exam!.session
        let question = state.bank.question(session.currentItem.questionID)!
        return session.currentItem.displayPosition(ofChoice: question.correctIndex)!
    }

    public var screen: [String] { AppView.render(state).lines }
    public var text: String { screen.joined(separator: "\n") }
}
