import ExamApp
import ExamEngine
import ExamStore
import Foundation
@testable import mmprep
import TerminalUI
import Testing
import TestSupport

/// A clock the test moves by hand: the monotonic and wall readings can be moved separately.
final class HandClock: @unchecked Sendable {
    var monotonic = 5_000.0
    var wall = 1_795_000_000.0
    func read() -> Instant { Instant(monotonic: monotonic, wall: wall) }
}

/// One step of a script: move the clocks, then deliver an event to the runner.
struct Step {
    var seconds: Double = 1
    var wallJump: Double = 0
    var event: Event = .tick
}

/// Delivers scripted events to the real run loop, moving the hand clock before each one.
///
/// The screen side is the project's ``TestBackend``; only the passage of time is added here.
final class ClockedBackend: TerminalBackend {
    let screen = TestBackend(width: 100, height: 30)
    let clock: HandClock
    var steps: [Step]

    init(clock: HandClock, steps: [Step]) {
        self.clock = clock
        self.steps = steps
    }

    var size: (width: Int, height: Int) { screen.size }
    func present(_ buffer: ScreenBuffer) { screen.present(buffer) }
    func suspendForShell() { screen.suspendForShell() }

    func nextEvent(timeoutMilliseconds: Int) -> Event? {
        guard !steps.isEmpty else { return nil }
        let step = steps.removeFirst()
        clock.monotonic += step.seconds
        clock.wall += step.wallJump + step.seconds
        return step.event
    }
}

@Suite("Exam time follows the monotonic clock only")
struct RunnerClockTests {
    let bank = SampleBank.standard()

    /// Runs a 10-minute exam through `steps` and returns what the store kept, once the input ends.
    func run(_ steps: [Step]) throws -> (session: ExamSession, summary: AttemptSummary, screen: [String]) {
        let store = try ExamStore.inMemory()
        let clock = HandClock()
        let backend = ClockedBackend(clock: clock, steps: steps)
        let runner = AppRunner(state: AppState(bank: bank, width: 100, height: 30), store: store, backend: backend, clock: clock.read)
        let spec = ExamSpec.custom(count: 6, minutes: 10, domains: [], mode: .exam, in: bank)
        runner.run(initial: [.startExam(spec)])
        let summary = try #require(try store.attempts().first)
        return (try store.loadSession(summary.id), summary, backend.screen.screenLines)
    }

    @Test("the wall clock jumping an hour forward, then two hours back, neither adds nor removes exam time")
    func wallJumps() throws {
        var steps = [Step](repeating: Step(), count: 30)
        steps[5] = Step(event: .key(.char("b")))
        steps[10] = Step(wallJump: 3_600)
        steps[12] = Step(event: .key(.right))
        steps[20] = Step(wallJump: -7_200)
        steps[21] = Step(event: .key(.char("c")))
        let (session, summary, _) = try run(steps)
        // 30 steps of one second each: 30 s used, whatever the wall clock did.
        #expect(session.elapsed(at: 0) == 30)
        #expect(session.remaining(at: 0) == 570)
        #expect(summary.status == .active)
        #expect(session.responses.prefix(2).allSatisfy { $0.choice != nil })
        // Records keep the wall clock as it read: the last save is an hour before the start.
        #expect(summary.updatedAt - summary.startedAt == 30 + 3_600 - 7_200)
    }

    @Test("a wall clock jump past the whole time limit does not end the exam")
    func jumpPastLimit() throws {
        var steps = [Step](repeating: Step(), count: 8)
        steps[3] = Step(wallJump: 86_400)
        steps[4] = Step(event: .key(.char("a")))
        let (session, summary, screen) = try run(steps)
        #expect(summary.status == .active)
        #expect(!session.isSubmitted)
        #expect(session.remaining(at: 0) == 592)
        #expect(screen.joined().contains("Question 1 of 6"))
    }

    @Test("the monotonic clock running past the limit does end the exam: time is measured, not ignored")
    func monotonicEndsExam() throws {
        var steps = [Step](repeating: Step(), count: 4)
        steps[1] = Step(seconds: 601)
        let (session, summary, screen) = try run(steps)
        #expect(summary.status == .submitted)
        #expect(session.isSubmitted)
        #expect(summary.elapsed == 600)
        #expect(screen.joined().contains("Time is up"))
    }

    @Test("the system clock the runner uses by default is monotonic and moves forward")
    func systemClock() {
        let first = SystemClock.monotonic()
        let second = SystemClock.monotonic()
        #expect(second >= first)
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        #expect(abs(Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9 - second) < 5)
    }
}
