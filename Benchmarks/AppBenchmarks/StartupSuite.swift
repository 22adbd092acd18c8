import Foundation

/// The real program from outside: process start to the first complete home screen, on a
/// pseudo-terminal, with `MMPREP_EXIT_AFTER_FIRST_FRAME=1`; and its peak memory (wait4).
struct StartupSuite {
    let bench: BenchRun

    var executable: String {
        if let path = bench.options.mmprep { return path }
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return me.deletingLastPathComponent().appendingPathComponent("mmprep").path
    }

    /// One start of `mmprep` (home screen) with a bank set and history; checks the screen was drawn.
    func start(questions: Int, history: Int, arguments extra: [String] = [], home: Bool = true) throws -> TerminalProcess.Run {
        let dataDir = (bench.historyPath(history) as NSString).deletingLastPathComponent
        let arguments = extra + ["--banks", bench.bankFolder(questions), "--data-dir", dataDir]
        let result = try TerminalProcess.run(executable, arguments: arguments, environment: ["MMPREP_EXIT_AFTER_FIRST_FRAME": "1"])
        guard result.status == 0 else {
            throw BenchError("mmprep \(arguments.joined(separator: " ")) exited with status \(result.status): \(result.text.suffix(300))")
        }
        if home, !result.text.contains("Readiness") {
            throw BenchError("mmprep drew no home screen (\(result.output.count) bytes of output)")
        }
        return result
    }

    func cacheFolder(history: Int) -> String {
        (bench.historyPath(history) as NSString).deletingLastPathComponent + "/cache"
    }

    /// Median times (to the first frame, and to exit) and median peak memory of warm starts (one
    /// untimed start fills the caches).
    func warm(questions: Int, history: Int, extra: [String] = [], home: Bool = true) throws -> (frame: Double, ms: Double, mb: Double) {
        _ = try start(questions: questions, history: history, arguments: extra, home: home)
        var frames: [Double] = [], times: [Double] = [], memory: [Double] = []
        for _ in 0..<bench.options.repeats {
            let result = try start(questions: questions, history: history, arguments: extra, home: home)
            frames.append(result.frameMilliseconds)
            times.append(result.milliseconds)
            memory.append(result.peakMegabytes)
        }
        return (Measure.median(frames), Measure.median(times), Measure.median(memory))
    }

    func run() throws {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw BenchError("no mmprep executable at \(executable) (build it with 'swift build -c release' or pass --mmprep)")
        }
        let q = bench.options.mainQuestions, h = bench.options.mainHistory, big = bench.options.largestHistory
        let label = "\(q) questions + shipped, \(h) answers"
        if bench.options.wants("startup") {
            let main = try warm(questions: q, history: h)
            bench.report.add("start-up", "process start to first home frame (warm cache)", size: label, main.frame, limit: 50)
            bench.report.add("start-up", "process start to exit after that frame", size: label, main.ms)
            bench.report.add("memory", "peak resident memory, warm start", size: label, main.mb, "MB", limit: 50)

            var cold: [Double] = [], coldMemory: [Double] = []
            for _ in 0..<min(3, bench.options.repeats) {
                try? FileManager.default.removeItem(atPath: cacheFolder(history: h))
                let result = try start(questions: q, history: h)
                cold.append(result.milliseconds)
                coldMemory.append(result.peakMegabytes)
            }
            bench.report.add("start-up", "first start after a bank change (parse + cache)", size: label, Measure.median(cold), limit: q == 10_000 ? 1_500 : nil)
            bench.report.add("memory", "peak resident memory, first start", size: label, Measure.median(coldMemory), "MB")

            let largest = try warm(questions: q, history: big)
            let bigLabel = "\(q) questions + shipped, \(big) answers"
            bench.report.add("start-up", "process start to first home frame (warm cache)", size: bigLabel, largest.frame)
            bench.report.add("start-up", "process start to exit after that frame", size: bigLabel, largest.ms)
            bench.report.add("memory", "peak resident memory, warm start", size: bigLabel, largest.mb, "MB", limit: 50)

            let stats = try warm(questions: q, history: big, extra: ["stats", "--json"], home: false)
            bench.report.add("stats", "'mmprep stats --json' process, start to exit", size: bigLabel, stats.ms)
            bench.report.add("memory", "peak resident memory, 'mmprep stats --json'", size: bigLabel, stats.mb, "MB", limit: 50)
        }
        if bench.options.wants("scaling") {
            for size in bench.options.questionSizes {
                let result = try warm(questions: size, history: h)
                bench.report.add("scaling", "start-up, \(h) answers", size: "\(size) questions + shipped", result.frame)
                bench.report.add("scaling", "peak memory, \(h) answers", size: "\(size) questions + shipped", result.mb, "MB")
            }
            for size in bench.options.historySizes {
                let result = try warm(questions: q, history: size)
                bench.report.add("scaling", "start-up, \(q) questions", size: "\(size) answers", result.frame)
                bench.report.add("scaling", "peak memory, \(q) questions", size: "\(size) answers", result.mb, "MB")
            }
        }
    }
}
