import Foundation
import Testing
import TestSupport

/// Runs `mmprep srs replay` on the committed log and compares with the committed reference output
/// (both written by `Tests/LearningModelTests/Fixtures/make_fsrs_vectors.py`).
@Suite("mmprep srs replay")
struct SRSReplayTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let input = fixtures.appendingPathComponent("srs-replay-input.jsonl").path

    /// The non-default weights the custom expectation was made with.
    static let customParameters = "0.4872,1.4003,3.7145,13.8206,5.1618,1.2298,0.8975,0.031,1.6474,0.1367,1.0461,2.1072,0.0793,0.3246,1.587,0.2272,2.8755,0.6123,0.3,0.12,0.35"

    private struct Line: Decodable, Equatable {
        var card: String
        var time: String
        var state: String
        var step: Int?
        var stability: Double
        var difficulty: Double
        var due: String
    }

    private func compare(output: String, expectedFile: String) throws {
        let expectedText = try String(contentsOfFile: Self.fixtures.appendingPathComponent(expectedFile).path, encoding: .utf8)
        let decode = { (text: String) in
            try text.split(separator: "\n").map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
        }
        let actual = try decode(output), expected = try decode(expectedText)
        #expect(expected.count >= 20)
        #expect(actual.count == expected.count)
        for (number, (a, e)) in zip(actual, expected).enumerated() {
            #expect(a.card == e.card && a.time == e.time && a.state == e.state && a.step == e.step && a.due == e.due,
                    "line \(number + 1): \(a) != \(e)")
            #expect(abs(a.stability - e.stability) <= 1e-9 * e.stability, "line \(number + 1): stability")
            #expect(abs(a.difficulty - e.difficulty) <= 1e-9 * e.difficulty, "line \(number + 1): difficulty")
        }
    }

    @Test("the default scheduler reproduces the reference output line for line")
    func defaults() throws {
        let result = try runMMPrep(["srs", "replay", Self.input])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.isEmpty)
        try compare(output: result.out, expectedFile: "srs-replay-expected.jsonl")
        // Step is written as null in review, as the reference does.
        #expect(result.out.contains("\"state\": \"review\", \"step\": null"))
    }

    @Test("every option is applied: retention, steps, maximum interval and weights")
    func options() throws {
        let result = try runMMPrep([
            "srs", "replay", Self.input, "--retention", "0.85", "--learning-steps", "31", "--relearning-steps", "",
            "--maximum-interval", "60", "--parameters", Self.customParameters,
        ])
        #expect(result.status == 0, "\(result.err)")
        try compare(output: result.out, expectedFile: "srs-replay-expected-custom.jsonl")
    }

    @Test("a bad line is reported as FILE:LINE: message, exit 1, with nothing printed")
    func badInput() throws {
        let temp = try TemporaryDirectory()
        let cases: [(String, String)] = [
            ("{\"card\": \"a\", \"time\": \"2026-01-02T00:00:00Z\", \"rating\": 3}\n{\"card\": \"a\", \"time\": \"2026-01-01T00:00:00Z\", \"rating\": 3}\n",
             ":2: time 2026-01-01T00:00:00Z is earlier than the review on line 1 (2026-01-02T00:00:00Z); the log must be in time order"),
            ("\n{\"card\": \"a\", \"time\": \"2026-01-02T00:00:00Z\", \"rating\": 5}\n",
             ":2: rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy), not 5"),
            ("{\"card\": \"a\", \"time\": \"2026-01-02T00:00:00Z\", \"rating\": 2.5}\n",
             ":1: rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy), not 2.5"),
            ("{\"card\": \"a\", \"time\": \"2026-01-02 00:00\", \"rating\": 1}\n",
             ":1: time '2026-01-02 00:00' is not a valid ISO 8601 time with a zone, like 2026-03-02T08:00:00Z"),
            ("{\"card\": 7, \"time\": \"2026-01-02T00:00:00Z\", \"rating\": 1}\n", ":1: \"card\" must be a string"),
            ("{\"card\": \"a\", \"time\": \"2026-01-02T00:00:00Z\"}\n",
             ":1: missing \"rating\"; each line is {\"card\": ID, \"time\": ISO-8601, \"rating\": 1-4}"),
            ("{\"card\": \"a\", \"time\": \"2026-01-02T00:00:00Z\", \"rating\": 2}\nnot json\n", ":2: not valid JSON"),
        ]
        for (index, (content, message)) in cases.enumerated() {
            let file = temp.url.appendingPathComponent("log\(index).jsonl").path
            try content.write(toFile: file, atomically: true, encoding: .utf8)
            let result = try runMMPrep(["srs", "replay", file])
            #expect(result.status == 1)
            #expect(result.err == file + message + "\n")
            #expect(result.out.isEmpty)
        }
    }

    @Test("bad options are refused before any input is read")
    func badOptions() throws {
        let steps = try runMMPrep(["srs", "replay", Self.input, "--learning-steps", "60,abc"])
        #expect(steps.status != 0 && steps.err.contains("--learning-steps takes whole seconds"))
        let weights = try runMMPrep(["srs", "replay", Self.input, "--parameters", "1,2,3"])
        #expect(weights.status != 0 && weights.err.contains("expected 21 parameters, got 3"))
        let retention = try runMMPrep(["srs", "replay", Self.input, "--retention", "1.5"])
        #expect(retention.status != 0 && retention.err.contains("desired retention must be between 0 and 1"))
    }
}
