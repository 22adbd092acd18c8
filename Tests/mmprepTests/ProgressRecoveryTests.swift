import ExamStore
import Foundation
@testable import mmprep
import Testing
import TestSupport

@Suite("A corrupt or foreign progress file is set aside only with consent")
struct ProgressRecoveryTests {
    let junk = Data(String(repeating: "garbage ", count: 600).utf8)

    func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test("without consent the command fails, says how to reset, and leaves the file as it was")
    func refused() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/progress.sqlite"
        try junk.write(to: URL(fileURLWithPath: path))
        var asked: [String] = []
        #expect(throws: ValidationFailure.self) {
            try ProgressFileRecovery.open(path: path, resetCorrupt: false, ask: { asked.append($0); return false })
        }
        #expect(asked.count == 1)
        #expect(asked.first?.contains("not a valid mmprep progress file") == true)
        #expect(asked.first?.hasSuffix("start a new, empty progress file? [y/N] ") == true)
        #expect(FileManager.default.contents(atPath: path) == junk)
        #expect(try files(in: temp.path) == ["progress.sqlite"])
    }

    @Test("a yes at the prompt keeps the old file under a timestamped name and opens a fresh one")
    func agreed() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/progress.sqlite"
        try junk.write(to: URL(fileURLWithPath: path))
        let store = try ProgressFileRecovery.open(path: path, resetCorrupt: false, ask: { _ in true })
        #expect(try store.integrityCheck() == "ok")
        let kept = try files(in: temp.path).filter { $0.hasPrefix("progress.sqlite.corrupt-") }
        #expect(kept.count == 1)
        #expect(kept.first?.range(of: #"^progress\.sqlite\.corrupt-\d{8}-\d{6}$"#, options: .regularExpression) != nil)
        #expect(FileManager.default.contents(atPath: temp.path + "/" + kept[0]) == junk)
    }

    @Test("sound and newer files are never offered for reset")
    func noPromptForOtherErrors() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/progress.sqlite"
        _ = try ExamStore(path: path)
        _ = try ProgressFileRecovery.open(path: path, resetCorrupt: false, ask: { _ in Issue.record("asked about a sound file"); return false })
    }

    @Test("the command line: --reset-corrupt-progress sets the file aside and says where it is")
    func commandLineFlag() throws {
        let temp = try TemporaryDirectory()
        let path = temp.path + "/progress.sqlite"
        try junk.write(to: URL(fileURLWithPath: path))
        let refused = try runMMPrep(["history"], environment: ["MMPREP_DATA_DIR": temp.path])
        #expect(refused.status != 0)
        #expect(refused.err.contains("--reset-corrupt-progress"))
        #expect(try files(in: temp.path) == ["progress.sqlite"])

        let reset = try runMMPrep(["history", "--reset-corrupt-progress"], environment: ["MMPREP_DATA_DIR": temp.path])
        #expect(reset.status == 0)
        let kept = try files(in: temp.path).filter { $0.hasPrefix("progress.sqlite.corrupt-") }
        #expect(kept.count == 1)
        #expect(reset.err.contains("kept the old progress file as \(temp.path)/\(kept.first ?? "?")"))
        #expect(FileManager.default.contents(atPath: temp.path + "/" + (kept.first ?? "")) == junk)
        #expect(reset.out.contains("No attempts yet"))
    }
}
