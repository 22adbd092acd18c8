import ExamEngine
import ExamStore
import Foundation
import LearningModel
import QuestionBank

/// Statistics and durability against generated histories, in process, through ExamStore's API.
struct StoreSuite {
    let bench: BenchRun

    func run() throws {
        let bank = bench.mainBank
        let areas = bank.topicAreas()
        let domains = bank.domains.map(\.id)
        let blueprints = ["cmom-style", "cmm-style"].compactMap { bank.blueprint($0) }
        for size in bench.options.historySizes {
            let store = try ExamStore(path: bench.historyPath(size))
            let label = "\(size) answers"
            let largest = size == 1_000_000
            let now = Date().timeIntervalSince1970
            var snapshot: MasterySnapshot?
            let mastery = try Measure.median(repeats: bench.options.repeats) {
                snapshot = try store.mastery(domains: domains, topics: areas, now: now)
            }
            bench.report.add("stats", "weak areas: \(domains.count) domains + \(areas.count) topics", size: label, mastery, limit: largest ? 150 : nil)
            // Every area read again from its answers (as after answers in every area): another
            // half-life each run makes every kept sum unusable.
            var run = 0.0
            let recomputed = try Measure.median(repeats: bench.options.repeats) {
                run += 1
                _ = try store.mastery(domains: domains, topics: areas, now: now, halfLifeDays: 30 + run * 1e-9)
            }
            bench.report.add("stats", "weak areas, every area read from its answers", size: label, recomputed, limit: largest ? 150 : nil)

            let readiness = Measure.median(repeats: bench.options.repeats) {
                for blueprint in blueprints { _ = ReadinessEstimator.estimate(blueprint, bank: bank, domainMastery: snapshot!.domains) }
            }
            bench.report.add("stats", "readiness: \(blueprints.count) blueprints", size: label, readiness)

            var attempts = 0
            let history = try Measure.median(repeats: bench.options.repeats) { attempts = try store.attempts(limit: 10_000).count }
            bench.report.add("stats", "history listing: \(attempts) attempts", size: label, history, limit: attempts >= 10_000 ? 50 : nil)

            let stats = try Measure.median(repeats: bench.options.repeats) {
                let s = try store.mastery(domains: domains, topics: areas, now: now)
                for blueprint in blueprints { _ = ReadinessEstimator.estimate(blueprint, bank: bank, domainMastery: s.domains) }
                _ = try store.attempts(limit: 10_000)
            }
            bench.report.add("stats", "weak areas + readiness + history", size: label, stats, limit: largest ? 150 : nil)

            let home = try Measure.median(repeats: bench.options.repeats) {
                _ = try store.mastery(domains: domains, topics: areas, now: now)
                _ = try store.resumableAttempts()
                _ = try store.attempts(limit: 20)
            }
            bench.report.add("stats", "home screen data: mastery + attempts", size: label, home)

            // The home screen's review counts, from the kept cards and the newest answers.
            let schedule = ReviewSchedule(scheduler: try FSRSScheduler(parameters: FSRSParameters()))
            let reviews = try Measure.median(repeats: bench.options.repeats) { _ = try store.reviewCounts(schedule: schedule, now: now) }
            bench.report.add("stats", "reviews due: kept cards", size: label, reviews)
            // Rebuilding every card from the history, as after a change of retention (once).
            var retention = 0.9
            let rebuild = try Measure.median(repeats: largest ? 1 : min(3, bench.options.repeats), warmUp: false) {
                retention -= 0.001
                var parameters = FSRSParameters()
                parameters.desiredRetention = retention
                _ = try store.reviewCards(scheduler: try FSRSScheduler(parameters: parameters), now: now)
            }
            bench.report.add("stats", "review cards rebuilt from every answer", size: label, rebuild)
            _ = try store.reviewCounts(schedule: schedule, now: now)

            if size <= 100_000, let snapshot { try verify(snapshot, store: store, bank: bank, now: now, label: label) }
            try commit(size: size, bank: bank, label: label)
        }
    }

    /// Checks the aggregates against the reference estimator over every answer.
    func verify(_ snapshot: MasterySnapshot, store: ExamStore, bank: Bank, now: Double, label: String) throws {
        let answers = try store.answers()
        let domains = MasteryEstimator.estimate(answers, keys: bank.domains.map(\.id), by: \.domain, now: now)
        var worst = zip(domains, snapshot.domains).map { abs($0.mean - $1.mean) }.max() ?? 0
        var countsAgree = zip(domains, snapshot.domains).allSatisfy { $0.answers == $1.answers && $0.correct == $1.correct }
        for (index, area) in snapshot.topics.enumerated() where index % 7 == 0 {
            let inDomain = answers.filter { $0.domain == area.domain }
            let reference = MasteryEstimator.estimate(inDomain, keys: [area.estimate.key], by: \.topic, now: now)[0]
            worst = max(worst, abs(reference.mean - area.estimate.mean))
            countsAgree = countsAgree && reference.answers == area.estimate.answers && reference.correct == area.estimate.correct
        }
        print(String(format: "mmprep-bench: aggregates vs. every answer (%@): counts %@, largest mastery difference %.1e",
                     label as NSString, countsAgree ? "equal" : "DIFFER", worst))
        precondition(countsAgree && worst < 1e-9, "aggregate mastery differs from the reference estimator")
    }

    /// Commits answers one transaction each, on a copy of the history file.
    func commit(size: Int, bank: Bank, label: String) throws {
        let scratch = bench.work + "/scratch"
        try? FileManager.default.removeItem(atPath: scratch)
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.copyItem(atPath: bench.historyPath(size), toPath: scratch + "/progress.sqlite")
        let store = try ExamStore(path: scratch + "/progress.sqlite")
        let spec = ExamSpec.blueprint(bank.blueprint("cmom-style")!, in: bank)
        var session = ExamSession(spec: spec, items: try ExamAssembler.assemble(spec, from: bank, seed: 7), now: 0)
        let wall = Date()
        let id = try store.createAttempt(session, bank: bank, seed: 7, wallTime: wall)
        var times: [Double] = []
        for index in 0..<session.count {
            let t = Double(index + 1)
            _ = session.go(to: index, at: t)
            let changes = session.answer(displayPosition: index % 4, at: t)
            times.append(try Measure.milliseconds { try store.save(changes, of: session, attempt: id, now: t, wallTime: wall) })
        }
        bench.report.add("durability", "commit one answer (WAL, one transaction)", size: label, Measure.median(times), limit: 5)
    }
}
