import ExamApp
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The two clocks the app needs: monotonic for exam time, wall for records.
enum SystemClock {
    /// Seconds on a clock that never jumps (unaffected by changes to the system time).
    static func monotonic() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1_000_000_000
    }

    static func instant() -> Instant {
        Instant(monotonic: monotonic(), wall: Date().timeIntervalSince1970)
    }
}
