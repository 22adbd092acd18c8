import Foundation
import GRDB

/// A problem with the progress file, as one line naming the file.
public struct StoreError: Error, CustomStringConvertible, Equatable {
    /// What went wrong, so callers can offer the right way out (only an unreadable file may be set aside).
    public enum Kind: Sendable, Equatable {
        /// Not an SQLite file, or its pages are damaged.
        case corrupt
        /// A sound SQLite file that some other program made.
        case foreign
        /// A progress file from a newer mmprep, whose schema this version does not know.
        case newerVersion
        /// The folder or file cannot be written (read-only, no permission).
        case unwritable
        /// The disk is full.
        case diskFull
        case other
    }

    public var description: String
    public var kind: Kind
    public init(_ description: String, kind: Kind = .other) {
        self.description = description
        self.kind = kind
    }
}

/// Owns the progress database: opening it, and the migrations that define its schema.
///
/// A file on disk opens as a `DatabasePool` (WAL mode: readers never block the writer, and a
/// killed process loses no committed answer); tests use an in-memory `DatabaseQueue`.
enum AppDatabase {
    static func open(path: String) throws -> any DatabaseWriter {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError("\(directory): cannot create the data folder: \(error.localizedDescription)", kind: .unwritable)
        }
        // SQLite would quietly open a read-only file read-only and fail at the first answer; say so now.
        for target in [directory, path] where FileManager.default.fileExists(atPath: target) && access(target, W_OK) != 0 {
            let reason = String(cString: strerror(errno))
            throw StoreError("\(target): cannot write the progress file (\(reason)); nothing can be saved there, choose another folder with --data-dir", kind: .unwritable)
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        config.label = "mmprep.progress"
        do {
            // Identify the file before the pool switches it to WAL mode: a foreign file is never touched.
            try ProgressFileCheck.verify(path: path, configuration: config, migrator: migrator)
            let pool = try DatabasePool(path: path, configuration: config)
            try migrator.migrate(pool)
            return pool
        } catch let error as DatabaseError {
            throw StoreError("\(path): \(describe(error))", kind: kind(of: error))
        }
    }

    static func inMemory() throws -> any DatabaseWriter {
        var config = Configuration()
        config.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: config)
        try migrator.migrate(queue)
        return queue
    }

    static func describe(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: "not a valid mmprep progress file (\(error.message ?? "corrupt"))"
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: "cannot write the progress file (\(error.message ?? "read-only"))"
        case .SQLITE_FULL: "the disk is full; nothing was written"
        default: error.message ?? "\(error)"
        }
    }

    static func kind(of error: DatabaseError) -> StoreError.Kind {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: .corrupt
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: .unwritable
        case .SQLITE_FULL: .diskFull
        default: .other
        }
    }

    /// The schema, one migration per version; never edit a shipped migration, add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "attempt") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("kind", .text).notNull()
                t.column("mode", .text).notNull()
                t.column("title", .text).notNull()
                t.column("blueprintID", .text)
                t.column("spec", .text).notNull()
                t.column("seed", .integer).notNull()
                t.column("bankHash", .text).notNull()
                t.column("questionCount", .integer).notNull()
                t.column("timeLimit", .double)
                t.column("passPercent", .double).notNull()
                t.column("status", .text).notNull()
                    .check(sql: "status IN ('active', 'submitted', 'abandoned')")
                t.column("currentIndex", .integer).notNull().defaults(to: 0)
                t.column("elapsed", .double).notNull().defaults(to: 0)
                t.column("startedAt", .double).notNull()
                t.column("updatedAt", .double).notNull()
                t.column("submittedAt", .double)
                t.column("correctCount", .integer)
                t.column("scorePercent", .double)
                t.column("passed", .boolean)
            }
            try db.create(index: "attempt_status", on: "attempt", columns: ["status", "updatedAt"])
            try db.create(index: "attempt_blueprint", on: "attempt", columns: ["blueprintID", "submittedAt"])
            try db.create(table: "response") { t in
                t.column("attemptID", .integer).notNull().references("attempt", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("questionID", .text).notNull()
                t.column("domain", .text).notNull()
                t.column("topic", .text).notNull()
                t.column("shareKey", .text).notNull()
                t.column("choiceOrder", .text).notNull()
                t.column("correctChoice", .integer).notNull()
                t.column("choice", .integer)
                t.column("isCorrect", .boolean).notNull().defaults(to: false)
                t.column("timeSpent", .double).notNull().defaults(to: 0)
                t.column("flagged", .boolean).notNull().defaults(to: false)
                t.column("struck", .text).notNull().defaults(to: "")
                t.column("changeCount", .integer).notNull().defaults(to: 0)
                t.column("visited", .boolean).notNull().defaults(to: false)
                t.column("locked", .boolean).notNull().defaults(to: false)
                t.column("unsure", .boolean).notNull().defaults(to: false)
                t.column("answeredAt", .double)
                t.primaryKey(["attemptID", "position"])
            }
            try db.create(index: "response_question", on: "response", columns: ["questionID", "answeredAt"])
            try db.create(index: "response_answered", on: "response", columns: ["answeredAt"])
            try db.create(table: "checkpoint") { t in
                t.column("attemptID", .integer).notNull().references("attempt", onDelete: .cascade)
                t.column("at", .double).notNull()
                t.column("elapsed", .double).notNull()
                t.column("position", .integer).notNull()
                t.primaryKey(["attemptID"])
            }
        }
        // Start-up and stats without reading the whole history (ExamStore+Aggregates.swift):
        // answers per area newest first, attempts newest first, and running counts.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: AppDatabase.aggregatesSchema)
        }
        // Learner settings (exam date, desired retention): one row per key.
        migrator.registerMigration("v3") { db in
            try db.create(table: "setting") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
        }
        // Review cards kept up to an instant (AppDatabase+ReviewCards.swift).
        migrator.registerMigration("v4") { db in
            try db.execute(sql: AppDatabase.reviewCardsSchema)
        }
        // Unsure answers and time in the running counts (AppDatabase+Tallies.swift).
        migrator.registerMigration("v5") { db in
            try db.execute(sql: AppDatabase.talliesSchema)
        }
        return migrator
    }
}
