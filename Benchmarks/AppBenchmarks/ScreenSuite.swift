import CursesBackend
import ExamApp
import ExamEngine
import ExamStore
import Foundation
import QuestionBank
import TerminalUI

/// Key press to updated screen, in process: `AppState.update`, `AppView.render`, and the curses
/// backend's `present` (its row diff and ncurses' own update) on a headless 200x60 terminal.
struct ScreenSuite {
    let bench: BenchRun
    static let width = 200, height = 60

    func run() throws {
        let bank = bench.mainBank
        let terminal = try CursesTerminal(headlessWidth: Self.width, height: Self.height)
        defer { terminal.shutdown() }
        var clock = 1_000.0
        let wallBase = Date().timeIntervalSince1970 - clock
        func instant() -> Instant {
            clock += 0.25
            return Instant(monotonic: clock, wall: wallBase + clock)
        }

        var state = AppState(bank: bank, width: Self.width, height: Self.height)
        let store = try ExamStore(path: bench.historyPath(bench.options.mainHistory))
        let snapshot = try store.mastery(domains: bank.domains.map(\.id), topics: bank.topicAreas(), now: wallBase + clock)
        _ = state.update(.homeLoaded(HomeData(
            resumable: try store.resumableAttempts(), recent: try store.attempts(limit: 20), domainMastery: snapshot.domains,
            topicMastery: snapshot.topics.map { TopicMastery(domain: $0.domain, estimate: $0.estimate) }, answerCount: snapshot.answers
        )), at: instant())
        terminal.present(AppView.render(state))

        let spec = ExamSpec.blueprint(bank.blueprint("cmom-style")!, in: bank)
        let session = ExamSession(spec: spec, items: try ExamAssembler.assemble(spec, from: bank, seed: 3), now: clock)
        _ = state.update(.examStarted(session, attemptID: 1), at: instant())
        let label = "\(Self.width)x\(Self.height), \(bank.questions.count) questions"

        func measure(_ name: String, _ keys: [Key]) {
            var total: [Double] = [], update: [Double] = [], render: [Double] = [], present: [Double] = []
            let presses = bench.options.quick ? 100 : 1_000
            for index in 0..<presses {
                let key = keys[index % keys.count]
                let t0 = Measure.now()
                _ = state.update(.key(key), at: instant())
                let t1 = Measure.now()
                let buffer = AppView.render(state)
                let t2 = Measure.now()
                terminal.present(buffer)
                let t3 = Measure.now()
                total.append((t3 - t0) * 1_000)
                update.append((t1 - t0) * 1_000)
                render.append((t2 - t1) * 1_000)
                present.append((t3 - t2) * 1_000)
            }
            bench.report.add("keys", "\(name): update + view + diff", size: label, Measure.median(total), limit: 2)
            bench.report.add("keys", "\(name): 99th percentile", size: label, Measure.percentile(total, 0.99))
            let parts = String(format: "update %.3f, view %.3f, diff %.3f ms", Measure.median(update), Measure.median(render), Measure.median(present))
            print("           \(name) parts (medians): \(parts)")
        }

        // Answer, move, flag, strike: the keys of an exam.
        measure("question screen", [.char("b"), .char("n"), .char("f"), .right, .char("x"), .char("c"), .left, .char("d"), .char("n"), .char("p")])
        _ = state.update(.key(.char("g")), at: instant())
        measure("navigator", [.down, .down, .right, .down, .left, .up, .char("u"), .char("a"), .down, .right])
        _ = state.update(.key(.escape), at: instant())
        state.screen = .stats
        state.overlay = nil
        // The stats screen has no cursor: the help overlay opening and closing redraws all of it.
        measure("stats screen", [.char("?"), .escape])
    }
}
