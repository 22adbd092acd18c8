import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small go-between process that starts the measured program and reports its time and memory.
///
/// Linux carries a process's peak memory across `exec`, and `posix_spawn` shares the parent's
/// memory until then, so a program spawned straight from the benchmark (hundreds of megabytes
/// of generated data) would report the benchmark's peak as its own. This process is small when
/// it spawns the program, so the peak `wait4` reports is the program's. It also times the
/// program from just before the spawn to the moment it is reaped.
enum MeasuredChild {
    static let flag = "--measured-child"

    static func run(resultPath: String, command: [String]) -> Never {
        let argv = command.map { strdup($0) } + [nil]
        var pid: pid_t = 0
        var clockStart = timespec(), clockEnd = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clockStart)
        let spawned = posix_spawn(&pid, command[0], nil, nil, argv, environ)
        guard spawned == 0 else { exit(127) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        clock_gettime(CLOCK_MONOTONIC, &clockEnd)
        let milliseconds = Double(clockEnd.tv_sec - clockStart.tv_sec) * 1_000 + Double(clockEnd.tv_nsec - clockStart.tv_nsec) / 1e6
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let spawnedAt = Double(clockStart.tv_sec) + Double(clockStart.tv_nsec) / 1e9
        let line = "\(milliseconds) \(usage.ru_maxrss) \(exitStatus) \(spawnedAt)\n"
        if let file = fopen(resultPath, "w") {
            fputs(line, file)
            fclose(file)
        }
        exit(0)
    }

    /// Reads what ``run(resultPath:command:)`` wrote: milliseconds, peak kilobytes, exit status,
    /// and when the program was spawned (seconds on the monotonic clock).
    static func read(_ path: String) -> (milliseconds: Double, peakKilobytes: Double, status: Int32, spawnedAt: Double)? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let parts = text.split(whereSeparator: \.isWhitespace)
        guard parts.count == 4, let ms = Double(parts[0]), let kb = Double(parts[1]), let status = Int32(parts[2]),
              let spawnedAt = Double(parts[3]) else { return nil }
        return (ms, kb, status, spawnedAt)
    }
}
