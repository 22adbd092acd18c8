import Foundation
import QuestionBank

/// Small banks written in the real YAML format, for tests of every module.
public enum SampleBank {
    public static let domainsYAML = """
        domains:
          - id: alpha
            name: Alpha Law
            outlines:
              cmom: Compliance
              cmm: [Risk, Contracts]
          - id: beta
            name: Beta Billing
            outlines:
              cmom: Finance
              cmm: Revenue
          - id: gamma
            name: Gamma HR
            outlines:
              cmom: Personnel
              cmm: [Contracts]
        """

    /// A bank file of `count` valid questions in `domain`, ids `<prefix>-1`…, with the correct
    /// answer rotating through positions so the file is balanced.
    public static func bankYAML(domain: String, prefix: String, count: Int, topics: [String] = ["Topic one", "Topic two"], difficulty: ((Int) -> Int)? = nil) -> String {
        var lines = ["domain: \(domain)", "questions:"]
        for n in 1...count {
            let correct = (n - 1) % 4
            lines.append("  - id: \(prefix)-\(n)")
            lines.append("    topic: \(topics[(n - 1) % topics.count])")
            lines.append("    difficulty: \(difficulty?(n) ?? ((n - 1) % 3 + 1))")
            lines.append("    stem: Question \(n) of \(domain) asks which option is right?")
            lines.append("    choices:")
            for c in 0..<4 {
                lines.append("      - text: Option \(c) of \(prefix) \(n)")
                if c == correct { lines.append("        correct: true") }
            }
            lines.append("    explanation: >-")
            lines.append("      Option \(correct) is right because the rule says so, and each of the other options misreads the rule in a different way that learners often confuse.")
            lines.append("    reference: Test rule \(n)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static let blueprintYAML = """
        id: mini
        name: Mini exam
        questions: 10
        minutes: 20
        pass_percent: 70
        outline: cmom
        weights:
          Compliance: 50
          Finance: 30
          Personnel: 20
        """

    /// Three domains of 20 questions each plus the `mini` blueprint, parsed in memory.
    public static func standard() -> Bank {
        let result = BankLoader.parse(files: [
            ("domains.yaml", domainsYAML),
            ("banks/alpha.yaml", bankYAML(domain: "alpha", prefix: "a", count: 20)),
            ("banks/beta.yaml", bankYAML(domain: "beta", prefix: "b", count: 20)),
            ("banks/gamma.yaml", bankYAML(domain: "gamma", prefix: "g", count: 20)),
            ("blueprints/mini.yaml", blueprintYAML),
        ])
        precondition(result.errors.isEmpty, "sample bank has errors: \(result.errors)")
        return result.bank
    }

    /// Writes the standard bank as a folder under `directory` and returns its path.
    public static func writeFolder(in directory: URL) throws -> URL {
        let root = directory.appendingPathComponent("QuestionBanks")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("banks"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("blueprints"), withIntermediateDirectories: true)
        try domainsYAML.write(to: root.appendingPathComponent("domains.yaml"), atomically: true, encoding: .utf8)
        for (domain, prefix) in [("alpha", "a"), ("beta", "b"), ("gamma", "g")] {
            try bankYAML(domain: domain, prefix: prefix, count: 20)
                .write(to: root.appendingPathComponent("banks/\(domain).yaml"), atomically: true, encoding: .utf8)
        }
        try blueprintYAML.write(to: root.appendingPathComponent("blueprints/mini.yaml"), atomically: true, encoding: .utf8)
        return root
    }
}

/// A fresh temporary directory, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("mmprep-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public var path: String { url.path }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
