import Foundation
import QuestionBank

/// Bank loading in process: parsing YAML, the first load that fills the cache, and cached loads.
struct LoadSuite {
    let bench: BenchRun

    func run() {
        for size in bench.options.questionSizes {
            let paths = [bench.options.shipped, bench.bankFolder(size)]
            let label = "\(size) + shipped"
            // A 100,000-question parse takes seconds: fewer repeats there.
            let slowRepeats = size >= 100_000 ? 1 : min(3, bench.options.repeats)
            var plain: BankLoadResult?
            let parse = Measure.median(repeats: slowRepeats, warmUp: false) { plain = BankLoader.load(paths: paths) }
            bench.report.add("load", "parse banks (no cache)", size: label, parse)

            let folder = bench.work + "/cache-load-\(size)"
            let cache = BankCache(directory: folder)
            let first = Measure.median(repeats: slowRepeats, warmUp: false) {
                try? FileManager.default.removeItem(atPath: folder)
                _ = BankLoader.load(paths: paths, cache: cache)
            }
            bench.report.add("load", "first load: parse + write cache", size: label, first, limit: size == 10_000 ? 1_500 : nil)

            // Each result is kept until all runs are timed: releasing a bank is not part of loading one.
            var kept: [BankLoadResult] = []
            kept.reserveCapacity(bench.options.repeats + 1)
            let warm = Measure.median(repeats: bench.options.repeats) { kept.append(BankLoader.load(paths: paths, cache: cache)) }
            bench.report.add("load", "load from cache", size: label, warm)
            let cached = kept.last
            kept.removeAll()

            // The cache must give exactly what parsing gives.
            if let plain, let cached {
                let same = plain.bank.questions == cached.bank.questions && plain.diagnostics == cached.diagnostics
                    && plain.bank.domains == cached.bank.domains && plain.bank.blueprints == cached.bank.blueprints
                    && plain.bank.contentHash == cached.bank.contentHash
                if !same { print("mmprep-bench: MISMATCH: the cached bank differs from the parsed one (\(label))") }
                precondition(same, "cached bank differs from parsed bank")
            }
        }
    }
}
