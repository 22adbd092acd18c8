import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program on a fresh pseudo-terminal, as a person's terminal would, and times it.
///
/// The child gets the pty's other end as stdin, stdout and stderr, in a new session (so it is
/// the controlling terminal); `LINES`/`COLUMNS` give ncurses the size. Everything the program
/// draws is read from the pty and kept, so the caller can check the screen really was drawn.
enum TerminalProcess {
    struct Run {
        /// From just before the program was spawned to the moment it was reaped.
        var milliseconds: Double
        /// From just before the program was spawned to the arrival of the last byte it drew before
        /// leaving the screen (ncurses' `rmcup`): the first frame, for a program that leaves after it.
        var frameMilliseconds: Double
        /// Peak resident memory of the program (wait4's rusage).
        var peakMegabytes: Double
        var status: Int32
        var output: [UInt8]

        var text: String { String(decoding: output, as: UTF8.self) }
    }

    static func run(_ executable: String, arguments: [String], environment: [String: String], columns: Int = 200, rows: Int = 60) throws -> Run {
        let master = PseudoTerminal.openpt(O_RDWR | O_NOCTTY)
        var name = [CChar](repeating: 0, count: 128)
        guard master >= 0, PseudoTerminal.grantpt(master) == 0, PseudoTerminal.unlockpt(master) == 0,
              PseudoTerminal.ptsname(master, &name, name.count) == 0 else {
            throw BenchError("cannot open a pseudo-terminal")
        }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        env["TERM"] = env["TERM"].flatMap { $0.isEmpty || $0 == "dumb" ? nil : $0 } ?? "xterm-256color"
        env["LINES"] = "\(rows)"
        env["COLUMNS"] = "\(columns)"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, PseudoTerminal.spawnSetSID)

        // Through the small go-between (see MeasuredChild), which times the program and reads its memory.
        let resultPath = NSTemporaryDirectory() + "/mmprep-bench-\(getpid()).result"
        unlink(resultPath)
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let argv = ([me, MeasuredChild.flag, resultPath, executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }

        // Drain the terminal on another thread so the child never blocks on a full pty.
        let collector = OutputCollector(fd: master)
        let reader = Thread { collector.drain() }
        reader.start()

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, me, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            close(master)
            throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        collector.finish()
        close(master)
        guard let measured = MeasuredChild.read(resultPath) else {
            throw BenchError("\(executable) could not be measured (go-between exit status \(status))")
        }
        unlink(resultPath)
        let frame = collector.arrival(ofByteBefore: Array("\u{1B}[?1049l".utf8)).map { ($0 - measured.spawnedAt) * 1_000 } ?? measured.milliseconds
        return Run(milliseconds: measured.milliseconds, frameMilliseconds: frame, peakMegabytes: measured.peakKilobytes / 1_024,
                   status: measured.status, output: collector.bytes)
    }
}

/// The pseudo-terminal calls, which Swift's Glibc module hides (they need _XOPEN_SOURCE), looked
/// up at run time.
enum PseudoTerminal {
    static let openpt = function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    static let grantpt = function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    static let unlockpt = function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    static let ptsname = function("ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32).self)
    /// glibc's POSIX_SPAWN_SETSID: the child starts a new session, so the pty becomes its terminal.
    static let spawnSetSID: Int16 = 0x80

    static func function<T>(_ name: String, as type: T.Type) -> T {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { fatalError("no \(name) in the C library") }
        return unsafeBitCast(symbol, to: type)
    }
}

/// Reads a pty until the child side closes, keeping what was drawn.
final class OutputCollector: @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var collected: [UInt8] = []
    /// For each read: the output's length after it, and when it arrived (monotonic seconds).
    private var arrivals: [(end: Int, at: Double)] = []

    init(fd: Int32) { self.fd = fd }

    func drain() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 200)
            if ready < 0, errno == EINTR { continue }
            if ready < 0 { break }
            if ready == 0 {
                if isStopped { break }
                continue
            }
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 {
                // EIO once the last child-side descriptor is closed (or before the child opened it).
                if n < 0, errno == EINTR { continue }
                if isStopped { break }
                usleep(1_000)
                continue
            }
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            lock.lock()
            collected += buffer[0..<n]
            arrivals.append((end: collected.count, at: Double(now.tv_sec) + Double(now.tv_nsec) / 1e9))
            lock.unlock()
        }
        done.signal()
    }

    private var stopped = false
    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    /// Called after the child exited: reads what is left, then stops the reader.
    func finish() {
        lock.lock()
        stopped = true
        lock.unlock()
        done.wait()
    }

    var bytes: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }

    /// When the byte just before the last occurrence of `marker` arrived; nil without the marker.
    func arrival(ofByteBefore marker: [UInt8]) -> Double? {
        lock.lock()
        defer { lock.unlock() }
        guard marker.count <= collected.count else { return nil }
        var start = collected.count - marker.count
        while start > 0, !collected[start..<(start + marker.count)].elementsEqual(marker) { start -= 1 }
        guard start > 0 else { return nil }
        return arrivals.first { $0.end >= start }?.at
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
