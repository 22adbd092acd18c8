import Foundation
import QuestionBank

/// Prepares the inputs, runs the chosen suites and writes the tables.
final class BenchRun {
    let options: BenchOptions
    let report: Report
    let work: String
    /// The machine and its load when the run started.
    let machine = Machine.summary()

    init(options: BenchOptions, report: Report) {
        self.options = options
        self.report = report
        work = (options.work as NSString).standardizingPath
    }

    func bankFolder(_ questions: Int) -> String { work + "/banks-\(questions)" }
    func historyPath(_ responses: Int) -> String { work + "/history-\(responses)/progress.sqlite" }
    var mainPaths: [String] { [options.shipped, bankFolder(options.mainQuestions)] }

    /// The shipped banks plus the main generated set, read through a cache of the bench's own.
    lazy var mainBank: Bank = BankLoader.load(paths: mainPaths, cache: BankCache(directory: work + "/cache-bench")).bank

    func run() throws {
        print("mmprep-bench: \(machine)")
        print("mmprep-bench: inputs in \(work); medians of \(options.repeats) runs\(options.quick ? " (quick smoke run)" : "")")
        try prepare()
        if options.wants("load") { LoadSuite(bench: self).run() }
        if options.wants("store") { try StoreSuite(bench: self).run() }
        if options.wants("screen") { try ScreenSuite(bench: self).run() }
        if options.wants("startup") || options.wants("scaling") { try StartupSuite(bench: self).run() }
        let failures = report.failures
        print(failures.isEmpty ? "mmprep-bench: every figure is within its target"
                               : "mmprep-bench: over target: " + failures.map { "\($0.name) (\($0.size))" }.joined(separator: "; "))
        if let path = options.markdown {
            try ("Machine: \(machine).\n\n" + report.markdown() + "\n\n" + report.scalingMarkdown() + "\n")
                .write(toFile: path, atomically: true, encoding: .utf8)
            print("mmprep-bench: tables written to \(path)")
        }
    }

    /// Generates whatever bank sets and histories are missing (kept for the next run).
    func prepare() throws {
        let shipped = BankLoader.load(paths: [options.shipped])
        guard !shipped.bank.questions.isEmpty else { throw BenchError("no shipped banks at \(options.shipped) (use --banks DIR)") }
        report.shippedQuestions = shipped.bank.questions.count
        let domains = shipped.bank.domains.map(\.id)
        for size in options.questionSizes {
            let seconds = try Measure.milliseconds { try BankGenerator.generate(count: size, domains: domains, in: bankFolder(size)) } / 1_000
            if seconds > 0.5 { print(String(format: "mmprep-bench: generated %d questions in %.1f s", size, seconds)) }
        }
        let now = Date().timeIntervalSince1970
        for size in options.historySizes {
            let seconds = try Measure.milliseconds {
                try HistoryGenerator.generate(responses: size, questions: mainBank.questions, at: historyPath(size), now: now)
            } / 1_000
            if seconds > 0.5 { print(String(format: "mmprep-bench: generated %d answers in %.1f s", size, seconds)) }
        }
    }
}

/// What the figures were measured on.
enum Machine {
    static func cpu() -> String {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = info.split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":").last
        return model.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
    }

    static func summary() -> String {
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        let load = ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "").split(separator: " ").prefix(3).joined(separator: " ")
        return "\(cpu()), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(String(format: "%.0f", memory)) GiB, "
            + ProcessInfo.processInfo.operatingSystemVersionString + (load.isEmpty ? "" : ", load average \(load) at start")
    }
}
