import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which unfinished attempts this process has open, so two windows never run the same exam.
///
/// Two processes on one progress file are safe for SQLite (WAL, one writer at a time), but two
/// copies of one attempt would each save their own view of it and overwrite the other's answers.
/// A claim is a one-byte lock, at the attempt's number, on `progress.sqlite.claims`: the kernel
/// drops it when the process ends in any way, `kill -9` included, so a claim never goes stale.
public final class AttemptClaims: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var held: Set<Int64> = []

    /// Claims against the progress file at `databasePath`; with nil (an in-memory store) every claim succeeds.
    public init(databasePath: String?) {
        guard let databasePath else {
            descriptor = -1
            return
        }
        descriptor = open(databasePath + ".claims", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Takes attempt `attempt` for this process; throws when another process has it open.
    ///
    /// Claiming an attempt this object already holds succeeds. When the claims file cannot be
    /// opened (a read-only folder) nothing can be written anyway, so the claim is not enforced.
    public func claim(_ attempt: Int64) throws {
        lock.lock()
        defer { lock.unlock() }
        guard descriptor >= 0, !held.contains(attempt) else { return }
        guard setLock(attempt, type: Int16(F_WRLCK)) else {
            throw StoreError("attempt \(attempt) is open in another mmprep window; pause or submit it there first")
        }
        held.insert(attempt)
    }

    /// Lets other processes open `attempt` (after it was paused or submitted here).
    public func release(_ attempt: Int64) {
        lock.lock()
        defer { lock.unlock() }
        guard descriptor >= 0, held.remove(attempt) != nil else { return }
        _ = setLock(attempt, type: Int16(F_UNLCK))
    }

    /// True when this object holds a claim on `attempt`.
    public func holds(_ attempt: Int64) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return held.contains(attempt)
    }

    private func setLock(_ attempt: Int64, type: Int16) -> Bool {
        var request = flock()
        request.l_type = type
        request.l_whence = Int16(SEEK_SET)
        request.l_start = off_t(attempt)
        request.l_len = 1
        return fcntl(descriptor, Self.setLockCommand, &request) == 0
    }

    #if os(Linux)
    /// F_OFD_SETLK: locks owned by the open file, so two stores in one process also exclude each other.
    private static let setLockCommand: Int32 = 37
    #else
    private static let setLockCommand: Int32 = F_SETLK
    #endif
}
