import Foundation

/// With `MMPREP_TRACE_STARTUP=1`, prints how long each start-up step took and the memory in use.
///
/// One line per step on standard error (`mmprep: start-up: banks read 9.8 ms, peak 21.0 MB`),
/// timed from the previous step (the first from the start of the process); docs/BENCHMARKS.md
/// uses it to show where start-up time goes. Costs nothing when the variable is not set.
enum StartupTrace {
    static let enabled = ProcessInfo.processInfo.environment["MMPREP_TRACE_STARTUP"] == "1"
    nonisolated(unsafe) private static var last: Double?

    static func mark(_ step: String) {
        guard enabled else { return }
        let now = monotonicSeconds()
        let since = last ?? processStart() ?? now
        last = now
        let line = "mmprep: start-up: \(step) \(String(format: "%.1f", (now - since) * 1_000)) ms, peak \(String(format: "%.1f", peakMegabytes())) MB\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// When this process started, on the monotonic clock (field 22 of /proc/self/stat, in clock ticks since boot).
    static func processStart() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19, let ticks = Double(fields[19]) else { return nil }
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// The peak resident memory so far (VmHWM of /proc/self/status).
    static func peakMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
    }
}
