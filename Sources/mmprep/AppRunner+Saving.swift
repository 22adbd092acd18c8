import ExamEngine
import ExamStore
import ExamApp
import Foundation

/// Saving with retries: an answer whose write failed (a full disk) is written again later.
extension AppRunner {
    /// Saves `changes`, together with any earlier changes of the same attempt that failed to save.
    ///
    /// The session passed in is the newest, so it holds the current state of every position the
    /// earlier changes touched. A paused session releases its claim so another window may resume it.
    func save(_ changes: [SessionChange], of session: ExamSession, attempt: Int64, at instant: Instant) throws {
        var all = unsaved[attempt] ?? []
        for change in changes where !all.contains(change) { all.append(change) }
        do {
            try store.save(all, of: session, attempt: attempt, now: instant.monotonic, wallTime: Date(timeIntervalSince1970: instant.wall))
        } catch let error as StoreError {
            unsaved[attempt] = all
            // The reason first: the notice is one screen line, and the file's path can be long.
            let reason = switch error.kind {
            case .diskFull: "the disk is full"
            case .unwritable: "the progress file cannot be written"
            default: "saving failed"
            }
            throw StoreError("\(reason): not saved yet, saved again with your next action (\(error.description))", kind: error.kind)
        }
        unsaved[attempt] = nil
        if session.phase == .suspended { claims.release(attempt) }
    }

    /// On the way out: one last try for anything still unsaved, and a line on stderr if it fails.
    func reportUnsaved() {
        for (attempt, changes) in unsaved {
            guard let session = state.exam?.session, state.exam?.attemptID == attempt else {
                printError("mmprep: \(changes.count) changes to attempt \(attempt) could not be saved")
                continue
            }
            do {
                try save([], of: session, attempt: attempt, at: clock())
            } catch {
                printError("mmprep: attempt \(attempt): \(changes.count) changes could not be saved: \(error)")
            }
        }
    }
}
