import Foundation
import Testing
import TestSupport

/// Runs the built `mmprep` binary (the one `swift build` left beside the test bundle).
func runMMPrep(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    var binary = products.appendingPathComponent("mmprep")
    // Under `swift test` the runner lives inside the .xctest bundle; walk up to the products folder.
    var dir = products
    for _ in 0..<4 where !FileManager.default.isExecutableFile(atPath: binary.path) {
        dir = dir.deletingLastPathComponent()
        binary = dir.appendingPathComponent("mmprep")
    }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    process.currentDirectoryURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    try process.run()
    let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

@Suite("The mmprep command line")
struct CommandLineTests {
    @Test("bank validate passes on the shipped banks and reports a broken file with its location")
    func validate() throws {
        let ok = try runMMPrep(["bank", "validate"])
        #expect(ok.status == 0)
        #expect(ok.err.contains("0 errors"))
        let temp = try TemporaryDirectory()
        let file = temp.url.appendingPathComponent("broken.yaml")
        try "domain: coding\nquestions:\n  - id: x\n    difficulty: 9\n".write(to: file, atomically: true, encoding: .utf8)
        let bad = try runMMPrep(["bank", "validate", file.path])
        #expect(bad.status == 1)
        #expect(bad.out.contains("\(file.path):4:17: difficulty must be 1, 2 or 3, not 9"))
    }

    @Test("bank stats --json lists the blueprints with full exam counts")
    func bankStats() throws {
        let result = try runMMPrep(["bank", "stats", "--json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        #expect(json?["schema"] as? String == "mmprep.bank-stats.v1")
        let blueprints = json?["blueprints"] as? [[String: Any]] ?? []
        #expect(blueprints.contains { $0["id"] as? String == "cmom-style" && ($0["full_exams"] as? Int ?? 0) >= 5 })
    }

    @Test("history and stats --json on a fresh data directory, which is created and never the user's")
    func reports() throws {
        let temp = try TemporaryDirectory()
        let env = ["MMPREP_DATA_DIR": temp.path + "/data"]
        let history = try runMMPrep(["history", "--json"], environment: env)
        #expect(history.status == 0)
        #expect(history.out.contains("\"schema\" : \"mmprep.history.v1\""))
        let stats = try runMMPrep(["stats", "--json"], environment: env)
        #expect(stats.status == 0)
        #expect(stats.out.contains("\"schema\" : \"mmprep.stats.v1\""))
        #expect(FileManager.default.fileExists(atPath: temp.path + "/data/progress.sqlite"))
    }

    @Test("without a terminal the app prints one clear line and exits 2")
    func noTTY() throws {
        let temp = try TemporaryDirectory()
        let result = try runMMPrep([], environment: ["MMPREP_DATA_DIR": temp.path, "TERM": "xterm-256color"])
        #expect(result.status == 2)
        #expect(result.err == "mmprep: standard input is not a terminal; the full-screen app needs an interactive terminal (line by line: mmprep exam --plain, drill --plain, review --plain)\n")
    }

    @Test("a corrupt progress file is reported with its path and kept")
    func corruptDatabase() throws {
        let temp = try TemporaryDirectory()
        let junk = String(repeating: "garbage ", count: 600)
        try junk.write(toFile: temp.path + "/progress.sqlite", atomically: true, encoding: .utf8)
        let result = try runMMPrep(["history"], environment: ["MMPREP_DATA_DIR": temp.path])
        #expect(result.status != 0)
        #expect(result.err.contains("\(temp.path)/progress.sqlite: not a valid mmprep progress file"))
        #expect(try String(contentsOfFile: temp.path + "/progress.sqlite", encoding: .utf8) == junk)
    }

    @Test("unknown blueprint and domain names are refused with the valid names")
    func badNames() throws {
        let temp = try TemporaryDirectory()
        let result = try runMMPrep(["exam", "--blueprint", "nope"], environment: ["MMPREP_DATA_DIR": temp.path])
        #expect(result.status != 0)
        #expect(result.err.contains("unknown blueprint 'nope'"))
    }

    @Test("without a terminal an exam runs in plain mode; end of input pauses it and resume --plain continues")
    func plainFallback() throws {
        let temp = try TemporaryDirectory()
        let env = ["MMPREP_DATA_DIR": temp.path, "COLUMNS": "60"]
        let first = try runMMPrep(["exam", "--count", "3", "--minutes", "5"], environment: env)
        #expect(first.status == 0)
        #expect(first.out.hasPrefix("Custom exam: 3 questions, 5 minutes, pass mark 70%.\n"))
        #expect(first.out.contains("Question 1 of 3> \nPaused and saved at question 1 of 3 with 4 minutes"))
        #expect(!first.out.contains("\u{1B}"))
        #expect(first.out.split(separator: "\n").allSatisfy { $0.count <= 60 })
        let again = try runMMPrep(["resume", "--plain"], environment: env)
        #expect(again.status == 0)
        #expect(again.out.hasPrefix("Resuming Custom exam: 0 of 3 answered, 4 minutes"))
        let none = try runMMPrep(["drill", "--plain"], environment: env)
        #expect(none.status != 0)
        #expect(none.err.contains("mmprep: a drill in plain mode needs --domain; domains: law-compliance, coding"))
    }
}

@Suite("Reports and goals from the command line")
struct ReportCommandTests {
    @Test("history --csv has the documented header; stats --json has readiness; goal sets the date")
    func reports() throws {
        let temp = try TemporaryDirectory()
        let env = ["MMPREP_DATA_DIR": temp.path]
        let csv = try runMMPrep(["history", "--csv"], environment: env)
        #expect(csv.status == 0)
        #expect(csv.out.hasPrefix("id,kind,mode,title,blueprint,status,questions,answered,correct,score_percent"))
        let stats = try runMMPrep(["stats", "--json"], environment: env)
        let json = try JSONSerialization.jsonObject(with: Data(stats.out.utf8)) as? [String: Any]
        let readiness = json?["readiness"] as? [[String: Any]] ?? []
        #expect(readiness.first?["blueprint"] as? String == "cmom-style")
        let goal = try runMMPrep(["goal", "--exam-date", "2099-01-31"], environment: env)
        #expect(goal.status == 0 && goal.out.contains("Exam 2099-01-31 is in"))
        let bad = try runMMPrep(["goal", "--exam-date", "2099-02-30"], environment: env)
        #expect(bad.status != 0 && bad.err.contains("YYYY-MM-DD"))
    }
}
