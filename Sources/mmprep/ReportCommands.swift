import ArgumentParser
import ExamEngine
import ExamStore
import Foundation
import LearningModel
import QuestionBank

/// `mmprep history`: every attempt, as a table or JSON.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List attempts with date, kind, score, pass/fail and duration.",
        discussion: "--json prints the schema documented in docs/JSON.md (mmprep.history.v1)."
    )

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Flag(help: "Print CSV (one row per attempt, with a header) instead of a table.")
    var csv = false

    @Option(help: "Show at most this many attempts, newest first.")
    var limit: Int = 1000

    func run() throws {
        let attempts = try options.openStore().attempts(limit: limit)
        if json {
            print(try JSONOutput.encode(HistoryReport(attempts: attempts)))
            return
        }
        if csv {
            print(HistoryReport(attempts: attempts).csv(), terminator: "")
            return
        }
        guard !attempts.isEmpty else {
            print("No attempts yet. Start one with 'mmprep' or 'mmprep exam'.")
            return
        }
        print(pad("#", 5) + pad("Started", 18) + pad("Kind", 9) + pad("Score", 8) + pad("Result", 10) + pad("Time", 10) + "Title")
        for attempt in attempts {
            let result: String = switch attempt.status {
            case .active: "paused"
            case .abandoned: "abandoned"
            case .submitted: attempt.mode == .exam ? (attempt.passed == true ? "pass" : "fail") : "done"
            }
            let score = attempt.scorePercent.map { "\(Int($0.rounded()))%" } ?? "\(attempt.answeredCount)/\(attempt.questionCount)"
            print(pad("\(attempt.id)", 5) + pad(JSONOutput.localDate(attempt.startedAt), 18) + pad(attempt.kind.rawValue, 9)
                + pad(score, 8) + pad(result, 10) + pad(JSONOutput.clock(attempt.elapsed), 10) + attempt.title)
        }
    }

    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
}

/// `mmprep stats`: mastery per domain and topic, as text or JSON.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show answers, accuracy and estimated mastery per domain and topic.",
        discussion: "--json prints the schema documented in docs/JSON.md (mmprep.stats.v1)."
    )

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let (bank, _) = try options.loadBank()
        let store = try options.openStore()
        let now = Date().timeIntervalSince1970
        let snapshot = try store.mastery(domains: bank.domains.map(\.id), topics: bank.topicAreas(), now: now)
        var report = StatsReport(bank: bank, snapshot: snapshot, attempts: try store.attempts())
        report.readiness = HomeLoader.readinessBlueprints(bank).map { blueprint in
            let r = ReadinessEstimator.estimate(blueprint, bank: bank, domainMastery: snapshot.domains, draws: 1000)
            return StatsReport.ReadinessLine(blueprint: r.blueprintID, predictedPercent: r.predictedPercent, lowerPercent: r.lowerPercent,
                                             upperPercent: r.upperPercent, passProbability: r.passProbability, passLower: r.passLower, passUpper: r.passUpper)
        }
        if json {
            print(try JSONOutput.encode(report))
            return
        }
        print("\(report.answers) answers, \(report.correct) correct; \(report.attempts.submitted) attempts submitted, \(report.attempts.passed) passed")
        print("")
        print("Domain".padding(toLength: 34, withPad: " ", startingAt: 0) + "Answers  Correct  Mastery  90% interval")
        for domain in report.domains {
            let mastery = domain.answers == 0 ? "   –" : String(format: "%5.0f%%", domain.mastery * 100)
            let interval = domain.answers == 0 ? "" : String(format: "  %3.0f–%3.0f%%", domain.lower * 100, domain.upper * 100)
            print(domain.name.padding(toLength: 34, withPad: " ", startingAt: 0)
                + String(format: "%7d  %7d  ", domain.answers, domain.correct) + mastery + interval)
        }
    }
}

/// `mmprep history --json`.
struct HistoryReport: Codable {
    struct Attempt: Codable {
        var id: Int64
        var kind: String
        var mode: String
        var title: String
        var blueprint: String?
        var status: String
        var questions: Int
        var answered: Int
        var correct: Int?
        var scorePercent: Double?
        var passed: Bool?
        var passPercent: Double
        var timeLimitSeconds: Double?
        var elapsedSeconds: Double
        var startedAt: String
        var submittedAt: String?
    }

    var schema = "mmprep.history.v1"
    var attempts: [Attempt]

    init(attempts: [AttemptSummary]) {
        self.attempts = attempts.map { a in
            Attempt(id: a.id, kind: a.kind.rawValue, mode: a.mode.rawValue, title: a.title, blueprint: a.blueprintID,
                    status: a.status.rawValue, questions: a.questionCount, answered: a.answeredCount, correct: a.correctCount,
                    scorePercent: a.scorePercent, passed: a.passed, passPercent: a.passPercent, timeLimitSeconds: a.timeLimit,
                    elapsedSeconds: a.elapsed, startedAt: JSONOutput.isoDate(a.startedAt), submittedAt: a.submittedAt.map(JSONOutput.isoDate))
        }
    }
}

/// `mmprep stats --json`.
struct StatsReport: Codable {
    struct Area: Codable {
        var id: String
        var name: String
        var domain: String?
        var answers: Int
        var correct: Int
        var mastery: Double
        var lower: Double
        var upper: Double
    }

    struct Attempts: Codable {
        var total: Int
        var submitted: Int
        var passed: Int
        var lastScorePercent: Double?
    }

    var schema = "mmprep.stats.v1"
    var answers: Int
    var correct: Int
    var domains: [Area]
    var topics: [Area]
    var attempts: Attempts
    /// Predicted score and pass probability per full-length blueprint.
    var readiness: [ReadinessLine] = []

    struct ReadinessLine: Codable {
        var blueprint: String
        var predictedPercent: Double
        var lowerPercent: Double
        var upperPercent: Double
        var passProbability: Double
        var passLower: Double
        var passUpper: Double
    }

    init(bank: Bank, answers: [AnswerEvent], attempts: [AttemptSummary], now: Double) {
        self.answers = answers.count
        correct = answers.filter(\.correct).count
        domains = MasteryEstimator.estimate(answers, keys: bank.domains.map(\.id), by: \.domain, now: now).map { e in
            Area(id: e.key, name: bank.domainName(e.key), domain: nil, answers: e.answers, correct: e.correct, mastery: e.mean, lower: e.lower, upper: e.upper)
        }
        topics = bank.domains.flatMap { domain in
            MasteryEstimator.estimate(answers.filter { $0.domain == domain.id }, keys: bank.topics(in: domain.id), by: \.topic, now: now).map { e in
                Area(id: e.key, name: e.key, domain: domain.id, answers: e.answers, correct: e.correct, mastery: e.mean, lower: e.lower, upper: e.upper)
            }
        }
        let submitted = attempts.filter { $0.status == .submitted }
        self.attempts = Attempts(total: attempts.count, submitted: submitted.count, passed: submitted.filter { $0.passed == true && $0.mode == .exam }.count,
                                 lastScorePercent: submitted.first?.scorePercent)
    }
}

/// Shared JSON and date formatting for the report commands.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func isoDate(_ seconds: Double) -> String {
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: seconds))
    }

    static func localDate(_ seconds: Double) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        return String(format: "%d:%02d:%02d", total / 3600, (total % 3600) / 60, total % 60)
    }
}

extension HistoryReport {
    /// The attempts as CSV with the same columns as the JSON (docs/JSON.md).
    func csv() -> String {
        let header = ["id", "kind", "mode", "title", "blueprint", "status", "questions", "answered", "correct", "score_percent",
                      "passed", "pass_percent", "time_limit_seconds", "elapsed_seconds", "started_at", "submitted_at"]
        let number = { (d: Double?) in d.map { String(format: "%.2f", $0) } ?? "" }
        let rows = attempts.map { a in
            [String(a.id), a.kind, a.mode, a.title, a.blueprint ?? "", a.status, String(a.questions), String(a.answered),
             a.correct.map(String.init) ?? "", number(a.scorePercent), a.passed.map { $0 ? "true" : "false" } ?? "",
             number(a.passPercent), number(a.timeLimitSeconds), number(a.elapsedSeconds), a.startedAt, a.submittedAt ?? ""]
        }
        return CSVText.write([header] + rows)
    }
}
