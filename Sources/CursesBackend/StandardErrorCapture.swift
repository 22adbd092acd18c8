import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The original standard error while it is redirected, or -1.
private let savedStandardError = Atomic<Int32>(-1)
/// The unlinked temporary file standard error goes to while the screen is in use, or -1.
private let captureFile = Atomic<Int32>(-1)
/// Scratch space for replaying the capture; allocated up front because a crash handler may not allocate.
nonisolated(unsafe) private let replayBuffer = UnsafeMutableRawPointer.allocate(byteCount: 4096, alignment: 16)

/// Keeps anything written to standard error off the full-screen display and shows it afterwards.
///
/// Swift prints a `fatalError` message *before* it traps, and libraries may warn at any time;
/// written to the alternate screen, that text either garbles the display or vanishes when the
/// terminal is restored. While the interface runs, file descriptor 2 points at an unlinked
/// temporary file; ``end()`` points it back and copies the file out, so a crash report starts
/// with its message. `end()` uses only async-signal-safe calls, so the crash handler can use it.
enum StandardErrorCapture {
    /// Starts redirecting; does nothing (and the app still works) if no temporary file can be made.
    static func begin() {
        guard savedStandardError.load(ordering: .relaxed) < 0 else { return }
        _ = replayBuffer
        let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(directory)/mmprep-stderr-XXXXXX".utf8CString)
        let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard file >= 0 else { return }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(file, STDERR_FILENO) >= 0 else {
            if saved >= 0 { close(saved) }
            close(file)
            return
        }
        captureFile.store(file, ordering: .relaxed)
        savedStandardError.store(saved, ordering: .relaxed)
    }

    /// Restores standard error and writes out whatever was captured; safe to call twice.
    static func end() {
        let saved = savedStandardError.exchange(-1, ordering: .relaxed)
        guard saved >= 0 else { return }
        dup2(saved, STDERR_FILENO)
        close(saved)
        let file = captureFile.exchange(-1, ordering: .relaxed)
        guard file >= 0 else { return }
        lseek(file, 0, SEEK_SET)
        while true {
            let count = read(file, replayBuffer, 4096)
            guard count > 0 else { break }
            var written = 0
            while written < count {
                let result = write(STDERR_FILENO, replayBuffer + written, count - written)
                guard result > 0 else { break }
                written += result
            }
            guard written == count else { break }
        }
        close(file)
    }
}
