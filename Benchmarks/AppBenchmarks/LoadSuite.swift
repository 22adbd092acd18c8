import Foundation
#if canImport(Glibc)
import Glibc
#endif
import QuestionBank

/// Bank loading in process: parsing YAML, the first load that fills the cache, and cached loads.
struct LoadSuite {
    let bench: BenchRun

    func run() {
        let sizes = bench.options.questionSizes
        var first: [Int: [Double]] = [:], parse: [Int: [Double]] = [:], work: [Int: [Double]] = [:]
        var parsed: [Int: BankLoadResult] = [:]
        // The sizes take turns, round by round: a machine that slows down for a while then
        // slows every size alike, instead of whichever size was being measured (on a shared
        // 2-core machine that drift moved the growth exponent more than anything measured).
        for _ in 0..<bench.options.repeats {
            for size in sizes {
                let paths = paths(size)
                // Removing the previous entry is not part of the load.
                let folder = cacheFolder(size)
                try? FileManager.default.removeItem(atPath: folder)
                var result: BankLoadResult?
                first[size, default: []].append(Measure.milliseconds {
                    result = BankLoader.load(paths: paths, cache: BankCache(directory: folder))
                })
                release(&result)
                var elapsed = 0.0
                work[size, default: []].append(Measure.processorMilliseconds {
                    elapsed = Measure.milliseconds { result = BankLoader.load(paths: paths) }
                })
                parse[size, default: []].append(elapsed)
                parsed[size] = result
                result = nil
                release(&result)
            }
        }
        for size in sizes {
            let label = "\(size) + shipped"
            bench.report.add("load", "first load: parse + write cache", size: label, Measure.median(first[size] ?? []), limit: size == 10_000 ? 1_500 : nil)
            bench.report.add("load", "parse banks (no cache)", size: label, Measure.median(parse[size] ?? []))
            bench.report.add("load", "parse banks: processor time, all cores", size: label, Measure.median(work[size] ?? []))

            let cache = BankCache(directory: cacheFolder(size))
            var kept: [BankLoadResult] = []
            kept.reserveCapacity(bench.options.repeats + 1)
            let warm = Measure.median(repeats: bench.options.repeats) { kept.append(BankLoader.load(paths: paths(size), cache: cache)) }
            bench.report.add("load", "load from cache", size: label, warm)
            let cached = kept.last
            kept.removeAll()

            // The cache must give exactly what parsing gives.
            if let plain = parsed.removeValue(forKey: size), let cached {
                let same = plain.bank.questions == cached.bank.questions && plain.diagnostics == cached.diagnostics
                    && plain.bank.domains == cached.bank.domains && plain.bank.blueprints == cached.bank.blueprints
                    && plain.bank.contentHash == cached.bank.contentHash
                if !same { print("mmprep-bench: MISMATCH: the cached bank differs from the parsed one (\(label))") }
                precondition(same, "cached bank differs from parsed bank")
            }
        }
    }

    func paths(_ size: Int) -> [String] {
        [bench.options.shipped, bench.bankFolder(size)]
    }

    func cacheFolder(_ size: Int) -> String {
        bench.work + "/cache-load-\(size)"
    }

    /// Releases a load's result outside the timing, and hands the freed memory back to the
    /// system, so that every run starts from the same memory whichever size ran before it
    /// (releasing a bank is not part of loading one, and a run on a heap grown by a larger
    /// load before it would skip the page faults a first load pays).
    func release(_ result: inout BankLoadResult?) {
        result = nil
        #if canImport(Glibc)
        _ = Self.mallocTrim?(0)
        #endif
    }

    #if canImport(Glibc)
    /// glibc's `malloc_trim`, which the Swift module for the C library does not import.
    static let mallocTrim: (@convention(c) (Int) -> Int32)? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim")
        .map { unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self) }
    #endif
}
