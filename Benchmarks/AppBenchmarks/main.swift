import Foundation

// mmprep-bench: start-up, key-press, statistics, memory and durability figures at scale.
// Usage and method: docs/BENCHMARKS.md; the one documented command is scripts/bench.sh.
let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
let report = Report()
do {
    try BenchRun(options: options, report: report).run()
} catch {
    FileHandle.standardError.write(Data("mmprep-bench: \(error)\n".utf8))
    exit(1)
}
