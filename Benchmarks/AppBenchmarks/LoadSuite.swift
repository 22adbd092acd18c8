import Foundation
import QuestionBank

/// Bank loading in process: parsing YAML, the first load that fills the cache, and cached loads.
struct LoadSuite {
    let bench: BenchRun

    func run() {
        for size in bench.options.questionSizes {
            let paths = [bench.options.shipped, bench.bankFolder(size)]
            let label = "\(size) + shipped"
            // A 100,000-question parse takes seconds: at most five repeats there.
            let slowRepeats = size >= 100_000 ? min(5, bench.options.repeats) : bench.options.repeats
            // Every run starts from the same memory: each result is released after its run, outside
            // the timing (releasing a bank is not part of loading one, and a process holding
            // earlier banks would time the next load on a larger heap).
            let folder = bench.work + "/cache-load-\(size)"
            let cache = BankCache(directory: folder)
            var firstTimes: [Double] = []
            for _ in 0..<slowRepeats {
                // Removing the previous entry is not part of the load either.
                try? FileManager.default.removeItem(atPath: folder)
                var result: BankLoadResult?
                firstTimes.append(Measure.milliseconds { result = BankLoader.load(paths: paths, cache: cache) })
                withExtendedLifetime(result) {}
            }
            bench.report.add("load", "first load: parse + write cache", size: label, Measure.median(firstTimes), limit: size == 10_000 ? 1_500 : nil)

            var parseTimes: [Double] = [], parseWork: [Double] = []
            var plain: BankLoadResult?
            for _ in 0..<slowRepeats {
                plain = nil
                var elapsed = 0.0
                parseWork.append(Measure.processorMilliseconds {
                    elapsed = Measure.milliseconds { plain = BankLoader.load(paths: paths) }
                })
                parseTimes.append(elapsed)
            }
            bench.report.add("load", "parse banks (no cache)", size: label, Measure.median(parseTimes))
            bench.report.add("load", "parse banks: processor time, all cores", size: label, Measure.median(parseWork))

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
