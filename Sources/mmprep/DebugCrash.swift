import Foundation
import TerminalUI

/// A deliberate crash inside the interface, so tests can check that a crash restores the terminal.
///
/// `MMPREP_DEBUG_CRASH_AFTER_KEYS=N` makes the run loop call `fatalError` right after it has
/// handled the N-th key (and saved whatever that key changed). Unset, it costs one comparison.
enum DebugCrash {
    /// Keys still to handle before the crash, or nil when no crash was asked for.
    nonisolated(unsafe) private static var remaining: Int? = {
        guard let text = ProcessInfo.processInfo.environment["MMPREP_DEBUG_CRASH_AFTER_KEYS"],
              let count = Int(text), count > 0 else { return nil }
        return count
    }()

    /// Called by the run loop (on the main thread only) after each event has been handled.
    static func afterEvent(_ event: Event) {
        guard case .key = event, let left = remaining else { return }
        remaining = left - 1
        if left == 1 { fatalError("MMPREP_DEBUG_CRASH_AFTER_KEYS: crashing inside the interface as asked") }
    }
}
