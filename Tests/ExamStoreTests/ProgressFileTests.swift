import ExamEngine
import ExamStore
import Foundation
import Testing
import TestSupport

/// The committed fixture files (made by scripts/reliability/make-progress-fixtures.sh).
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Copies fixture `name` into `temp` as `progress.sqlite` and returns its path.
    static func copy(_ name: String, to temp: TemporaryDirectory) throws -> String {
        let path = temp.path + "/progress.sqlite"
        try FileManager.default.copyItem(atPath: folder.appendingPathComponent(name).path, toPath: path)
        return path
    }
}

@Suite("Unusable progress files")
struct ProgressFileTests {
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test("a file that is not SQLite is refused as corrupt, with its path, and left byte for byte")
    func garbage() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/progress.sqlite"
        let junk = Data(String(repeating: "not a database ", count: 400).utf8)
        try junk.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try ExamStore(path: path) }
        #expect(error?.kind == .corrupt)
        #expect(error?.description.hasPrefix("\(path): not a valid mmprep progress file") == true)
        #expect(bytes(path) == junk)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("an SQLite file with damaged pages is refused as corrupt before anything is written")
    func damagedPages() throws {
        let temp = try TemporaryDirectory()
        let path = try Fixtures.copy("progress-v1.sqlite", to: temp)
        var data = bytes(path)!
        // Page 2 onwards holds the tables; overwrite the middle of the file, keeping the header.
        let start = 4096 + 100
        data.replaceSubrange(start..<min(data.count, start + 6000), with: Data(repeating: 0xA5, count: min(data.count, start + 6000) - start))
        try data.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try ExamStore(path: path) }
        #expect(error?.kind == .corrupt)
        #expect(bytes(path) == data)
    }

    @Test("another program's SQLite file is refused as foreign and not switched to WAL or migrated")
    func foreign() throws {
        let temp = try TemporaryDirectory()
        let path = try Fixtures.copy("foreign.sqlite", to: temp)
        let before = bytes(path)
        let error = #expect(throws: StoreError.self) { try ExamStore(path: path) }
        #expect(error?.kind == .foreign)
        #expect(error?.description == "\(path): an SQLite file, but not an mmprep progress file (its tables: recipe)")
        #expect(bytes(path) == before)
    }

    @Test("a file from a newer mmprep is refused with the unknown schema named, not offered for reset")
    func newerVersion() throws {
        let temp = try TemporaryDirectory()
        let path = try Fixtures.copy("progress-newer.sqlite", to: temp)
        let error = #expect(throws: StoreError.self) { try ExamStore(path: path) }
        #expect(error?.kind == .newerVersion)
        #expect(error?.description.contains("made by a newer version of mmprep (schema v99-from-the-future)") == true)
    }

    @Test("setting a file aside renames it and its write-ahead log with a timestamp, and never deletes")
    func setAside() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/progress.sqlite"
        try Data("main".utf8).write(to: URL(fileURLWithPath: path))
        try Data("log".utf8).write(to: URL(fileURLWithPath: path + "-wal"))
        let when = Date(timeIntervalSince1970: 1_795_179_900) // 2026-11-22 10:05:00 UTC
        let stamp = { () -> String in
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.dateFormat = "yyyyMMdd-HHmmss"
            return f.string(from: when)
        }()
        let kept = try ProgressFile.setAside(path, label: "corrupt", now: when)
        #expect(kept == "\(path).corrupt-\(stamp)")
        #expect(bytes(kept) == Data("main".utf8))
        #expect(bytes(kept + "-wal") == Data("log".utf8))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))

        // The same second again: a second name, the first file untouched.
        try Data("again".utf8).write(to: URL(fileURLWithPath: path))
        let second = try ProgressFile.setAside(path, label: "corrupt", now: when)
        #expect(second == "\(path).corrupt-\(stamp)-2")
        #expect(bytes(kept) == Data("main".utf8))

        // A fresh store then opens where the old file was.
        let store = try ExamStore(path: path)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("a data folder that cannot be created is an unwritable error naming the folder")
    func unwritableFolder() throws {
        let temp = try TemporaryDirectory()
        let blocker = temp.path + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let error = #expect(throws: StoreError.self) { try ExamStore(path: blocker + "/data/progress.sqlite") }
        #expect(error?.kind == .unwritable)
        #expect(error?.description.hasPrefix("\(blocker)/data: cannot create the data folder") == true)
    }
}
