import Foundation
import GRDB

/// Checks that an existing file is a sound mmprep progress file before anything writes to it.
///
/// Opening a `DatabasePool` switches the file to WAL mode and the migrator then adds tables:
/// both would change a file that some other program made. A plain connection reads the file
/// first; only a fresh file, or one whose migrations this version knows, goes on to be opened.
enum ProgressFileCheck {
    /// Throws a ``StoreError`` of kind `.corrupt`, `.foreign` or `.newerVersion` when the file at
    /// `path` must not be opened for writing; does nothing for a missing or empty file.
    static func verify(path: String, configuration: Configuration, migrator: DatabaseMigrator) throws {
        // stat, not FileManager's attributes: those look up the owner's name in the user database.
        var info = stat()
        guard stat(path, &info) == 0, info.st_size > 0 else { return }
        let size = Int(info.st_size)
        var config = configuration
        config.label = "mmprep.progress.check"
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        try queue.read { db in try check(db, path: path, fileSize: size, migrator: migrator) }
    }

    /// The checks of ``verify(path:configuration:migrator:)`` on an open connection.
    static func check(_ db: Database, path: String, fileSize: Int, migrator: DatabaseMigrator) throws {
        // quick_check reads every page: damage shows up now, not in the middle of an exam.
        let problems = try quickCheck(db, fileSize: fileSize)
        if problems != ["ok"] {
            throw StoreError("\(path): not a valid mmprep progress file (damaged: \(problems.joined(separator: "; ")))", kind: .corrupt)
        }
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        guard !tables.isEmpty else { return }
        let first = "v1"
        let applied = tables.contains("grdb_migrations") ? try migrator.appliedIdentifiers(db) : []
        guard applied.contains(first) else {
            let shown = tables.sorted().prefix(3).joined(separator: ", ")
            throw StoreError("\(path): an SQLite file, but not an mmprep progress file (its tables: \(shown))", kind: .foreign)
        }
        if try migrator.hasBeenSuperseded(db) {
            let known = Set(migrator.migrations)
            let unknown = applied.subtracting(known).sorted().joined(separator: ", ")
            throw StoreError("\(path): made by a newer version of mmprep (schema \(unknown)); update mmprep to open it", kind: .newerVersion)
        }
    }
}

extension ProgressFileCheck {
    /// Files up to this size (about 3,000 answers) have every page checked at start-up: a whole
    /// check costs about 7 ms per MB, and it runs beside the bank loading, which takes about as long.
    static let fullCheckBytes = 1 << 20

    /// Tables that grow with the history (answers, attempts and their tallies, quarter-hour
    /// counts) or with the bank (review cards), left to SQLite's checks as they are read.
    static let growingTables = ["response", "attempt", "attempt_tally", "answer_period", "review_card"]

    /// `PRAGMA quick_check` of the whole file, or past ``fullCheckBytes`` of every table but the
    /// ``growingTables``: a whole check costs about 7 ms per MB (1.5 s for a million answers,
    /// 80 ms for the attempts alone; 7 ms for the quarter-hour counts of a million answers,
    /// 3 ms for a 10,000-question bank's review cards), so in a large file those are checked
    /// by SQLite as they are read (damage there is still reported as `.corrupt`) and start-up
    /// does not grow with the history or the bank.
    static func quickCheck(_ db: Database, fileSize: Int) throws -> [String] {
        guard fileSize > fullCheckBytes else { return try String.fetchAll(db, sql: "PRAGMA quick_check(5)") }
        let excluded = growingTables.map { "'\($0)'" }.joined(separator: ", ")
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN (\(excluded))")
        var problems: [String] = []
        for table in tables {
            let quoted = "'" + table.replacingOccurrences(of: "'", with: "''") + "'"
            problems += try String.fetchAll(db, sql: "PRAGMA quick_check(\(quoted))").filter { $0 != "ok" }
        }
        return problems.isEmpty ? ["ok"] : Array(problems.prefix(5))
    }
}

/// Moving an unusable progress file out of the way: it is renamed, never deleted.
public enum ProgressFile {
    /// Renames `path` and its SQLite companions (`-wal`, `-shm`, `-journal`) to
    /// `path.<label>-YYYYMMDD-HHMMSS` (plus the same suffix); returns the new path of the main file.
    ///
    /// The companions move first: a write-ahead log left behind under the old name would be
    /// replayed into the fresh file created there next.
    public static func setAside(_ path: String, label: String, now: Date = Date()) throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stamp = formatter.string(from: now)
        let fm = FileManager.default
        var target = "\(path).\(label)-\(stamp)"
        var attempt = 2
        while fm.fileExists(atPath: target) || fm.fileExists(atPath: target + "-wal") {
            target = "\(path).\(label)-\(stamp)-\(attempt)"
            attempt += 1
        }
        for suffix in ["-wal", "-shm", "-journal", ""] where fm.fileExists(atPath: path + suffix) {
            guard rename(path + suffix, target + suffix) == 0 else {
                let reason = String(cString: strerror(errno))
                throw StoreError("\(path + suffix): cannot rename to \(target + suffix): \(reason)", kind: .unwritable)
            }
        }
        return target
    }
}

extension ExamStore {
    /// The schema's migration names, oldest first: what a current progress file has applied.
    public static var schemaVersions: [String] { AppDatabase.migrator.migrations }
}
