import Foundation

// mmprep-bench: start-up, key-press, statistics, memory and durability figures at scale.
// Usage and method: docs/BENCHMARKS.md; the one documented command is scripts/bench.sh.
if CommandLine.arguments.count > 3, CommandLine.arguments[1] == MeasuredChild.flag {
    // Runs one measured program and reports on it (see MeasuredChild): nothing else is loaded.
    MeasuredChild.run(resultPath: CommandLine.arguments[2], command: Array(CommandLine.arguments.dropFirst(3)))
}
let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
let report = Report()
do {
    try BenchRun(options: options, report: report).run()
} catch {
    FileHandle.standardError.write(Data("mmprep-bench: \(error)\n".utf8))
    exit(1)
}
