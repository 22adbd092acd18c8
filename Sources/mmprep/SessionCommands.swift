import ArgumentParser
import ExamApp
import ExamEngine
import QuestionBank

/// `mmprep exam`: start a timed exam (or tutor practice) from a blueprint or a custom spec.
struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam",
        abstract: "Start an exam: a blueprint, or a custom count, time, domains and difficulty.",
        discussion: "Examples:\n  mmprep exam --blueprint cmom-style\n  mmprep exam --count 5 --minutes 10\n  mmprep exam --count 20 --domain coding --domain billing --tutor"
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var plain: PlainOption

    @Option(help: "Blueprint id (see 'mmprep bank stats'), e.g. cmom-style, cmm-style, quick-practice.")
    var blueprint: String?

    @Option(help: "Questions in a custom exam.")
    var count: Int?

    @Option(help: "Time limit of a custom exam in minutes (0 = untimed).")
    var minutes: Int?

    @Option(name: .customLong("domain"), help: "Limit a custom exam to this domain id (repeatable).")
    var domains: [String] = []

    @Option(name: .customLong("difficulty"), help: "Limit a custom exam to difficulty 1, 2 or 3 (repeatable).")
    var difficulties: [Int] = []

    @Flag(help: "Tutor mode: see the answer and explanation after each question.")
    var tutor = false

    func validate() throws {
        if blueprint != nil, count != nil { throw ValidationError("use either --blueprint or --count, not both") }
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
        if let minutes, minutes < 0 { throw ValidationError("--minutes must be 0 or more") }
        if difficulties.contains(where: { !(1...3).contains($0) }) { throw ValidationError("--difficulty takes 1, 2 or 3") }
    }

    func run() throws {
        try AppLauncher.launch(options: options, plain: plain.mode) { state in
            [.startExam(try spec(for: state.bank))]
        }
    }

    func spec(for bank: Bank) throws -> ExamSpec {
        let mode: ExamMode = tutor ? .tutor : .exam
        if let count {
            for domain in domains where bank.domain(domain) == nil {
                throw ValidationFailure("mmprep: unknown domain '\(domain)'; domains: \(bank.domains.map(\.id).joined(separator: ", "))")
            }
            return .custom(count: count, minutes: minutes ?? count * 2, domains: domains, difficulties: Set(difficulties), mode: mode, in: bank)
        }
        let id = blueprint ?? "cmom-style"
        guard let found = bank.blueprint(id) else {
            throw ValidationFailure("mmprep: unknown blueprint '\(id)'; blueprints: \(bank.blueprints.map(\.id).joined(separator: ", "))")
        }
        return .blueprint(found, in: bank, mode: mode)
    }
}

/// `mmprep drill`: tutor-mode questions from one domain (and topic) until you stop.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Drill one domain, or one topic of it, in tutor mode; without --domain, choose on screen."
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var plain: PlainOption

    @Option(help: "Domain id, e.g. coding.")
    var domain: String?

    @Option(help: "Topic within the domain (as listed by 'mmprep bank stats').")
    var topic: String?

    func run() throws {
        try AppLauncher.launch(options: options, plain: plain.mode) { state in
            guard let domain else {
                state.screen = .drillPicker
                return []
            }
            guard state.bank.domain(domain) != nil else {
                throw ValidationFailure("mmprep: unknown domain '\(domain)'; domains: \(state.bank.domains.map(\.id).joined(separator: ", "))")
            }
            if let topic, !state.bank.topics(in: domain).contains(topic) {
                throw ValidationFailure("mmprep: domain '\(domain)' has no topic '\(topic)'")
            }
            return state.drillEffects(domain: domain, topic: topic)
        }
    }
}

/// `mmprep review`: go over missed (default) or flagged questions in tutor mode.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review questions you missed (their last answer was wrong) or flagged, in tutor mode."
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var plain: PlainOption

    @Flag(help: "Review flagged questions instead of missed ones.")
    var flagged = false

    func run() throws {
        try AppLauncher.launch(options: options, plain: plain.mode) { _ in [.loadQuestionList(flagged ? .flagged : .missed)] }
    }
}

/// `mmprep resume`: continue the most recent interrupted exam.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Resume the most recent interrupted exam (or the attempt number given), with its remaining time."
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var plain: PlainOption

    @Argument(help: "Attempt number from 'mmprep history' (default: the latest unfinished one).")
    var attempt: Int64?

    func run() throws {
        let store = try options.openStore()
        let target: Int64
        if let attempt {
            target = attempt
        } else {
            guard let latest = try store.resumableAttempts().first else {
                throw ValidationFailure("mmprep: there is no interrupted exam to resume")
            }
            target = latest.id
        }
        try AppLauncher.launch(options: options, plain: plain.mode) { _ in [.loadAttempt(target)] }
    }
}
