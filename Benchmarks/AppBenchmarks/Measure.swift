import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Timing helpers: monotonic clock, medians over repeats, and the process's peak memory.
enum Measure {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Milliseconds taken by `body`.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return (now() - start) * 1_000
    }

    /// Milliseconds of processor time this process spent (every thread, user and system) in `body`.
    ///
    /// Steadier than the time on the clock when the work runs on every core of a shared
    /// machine: time spent waiting for a core is not counted.
    static func processorMilliseconds(_ body: () throws -> Void) rethrows -> Double {
        func used() -> Double {
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            let seconds = { (t: timeval) in Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
            return seconds(usage.ru_utime) + seconds(usage.ru_stime)
        }
        let start = used()
        try body()
        return (used() - start) * 1_000
    }

    /// Median milliseconds of `repeats` runs of `body`, after one untimed warm-up run.
    static func median(repeats: Int, warmUp: Bool = true, _ body: () throws -> Void) rethrows -> Double {
        if warmUp { try body() }
        var times: [Double] = []
        for _ in 0..<max(1, repeats) { times.append(try milliseconds(body)) }
        return median(times)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    /// Peak resident memory of this process so far, in megabytes.
    static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1_024
    }
}

/// One reported figure: what, at which size, its median, and the target it is held to.
struct Figure {
    var group: String
    var name: String
    var size: String
    var value: Double
    var unit: String
    /// The most allowed, or nil for a figure reported without a target.
    var limit: Double?

    var passes: Bool? { limit.map { value <= $0 } }
}

/// Collects figures, prints each as it comes, and renders the tables for docs/BENCHMARKS.md.
final class Report {
    private(set) var figures: [Figure] = []
    /// How many questions the shipped banks hold (loaded beside every generated set).
    var shippedQuestions = 0

    func add(_ group: String, _ name: String, size: String = "", _ value: Double, _ unit: String = "ms", limit: Double? = nil) {
        let figure = Figure(group: group, name: name, size: size, value: value, unit: unit, limit: limit)
        figures.append(figure)
        let verdict = figure.passes.map { $0 ? "ok" : "OVER" } ?? ""
        let target = limit.map { "≤ \(Report.format($0)) \(unit)" } ?? ""
        print(String(format: "%-10@ %-52@ %-22@ %10@ %-3@ %-14@ %@", group as NSString, name as NSString, size as NSString,
                     Report.format(value) as NSString, unit as NSString, target as NSString, verdict as NSString))
        fflush(nil)
    }

    static func format(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : value >= 10 ? String(format: "%.1f", value) : String(format: "%.2f", value)
    }

    /// A Markdown table of every figure.
    func markdown() -> String {
        var lines = ["| group | figure | size | median | target | |", "|---|---|---|---:|---|---|"]
        for f in figures {
            let target = f.limit.map { "≤ \(Report.format($0)) \(f.unit)" } ?? ""
            let verdict = f.passes.map { $0 ? "ok" : "**over**" } ?? ""
            lines.append("| \(f.group) | \(f.name) | \(f.size) | \(Report.format(f.value)) \(f.unit) | \(target) | \(verdict) |")
        }
        return lines.joined(separator: "\n")
    }

    /// Figures whose value is over their target.
    var failures: [Figure] { figures.filter { $0.passes == false } }
}
