import Foundation
import QuestionBank

/// Writes a folder of valid YAML bank files with `count` questions, deterministically.
///
/// Questions are spread over the shipped domains, ten topics each, 500 per file, with about
/// the shipped banks' length (1.1 KB of YAML per question), unique stems, balanced answer
/// positions and explanations long enough to pass validation without warnings.
enum BankGenerator {
    static let perFile = 500
    static let topicsPerDomain = 10

    static let words = """
        claim payer denial audit policy schedule staff ledger coding modifier payment patient consent record \
        privacy breach notice contract network quality measure budget variance revenue expense payroll overtime \
        training incident hazard vendor license referral triage appeal balance statement refund deposit compliance \
        eligibility benefit deductible copay encounter charge capture posting aging collection reconciliation \
        credential review retention disposal backup access portal survey complaint marketing outreach
        """.split(separator: " ").map(String.init)

    /// Creates `folder/banks/*.yaml` unless a complete set for `count` is already there.
    static func generate(count: Int, domains: [String], in folder: String) throws {
        let marker = folder + "/.complete-\(count)"
        if FileManager.default.fileExists(atPath: marker) { return }
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder + "/banks", withIntermediateDirectories: true)
        var rng = SplitMix(seed: 0xBA4C)
        var index = 0
        var file = 0
        while index < count {
            let domain = domains[file % domains.count]
            let n = min(perFile, count - index)
            var text = "domain: \(domain)\nquestions:\n"
            text.reserveCapacity(n * 1_200)
            for k in 0..<n {
                text += question(number: index + k, inFile: k, domain: domain, rng: &rng)
            }
            try text.write(toFile: folder + "/banks/generated-\(String(format: "%04d", file)).yaml", atomically: true, encoding: .utf8)
            index += n
            file += 1
        }
        _ = FileManager.default.createFile(atPath: marker, contents: Data())
    }

    static func topic(_ domain: String, _ k: Int) -> String { "Generated \(domain) topic \(k + 1)" }

    static func sentence(_ count: Int, _ rng: inout SplitMix) -> String {
        (0..<count).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
    }

    static func question(number: Int, inFile k: Int, domain: String, rng: inout SplitMix) -> String {
        let correct = k % 4
        // Choices of equal length in words, so the correct one is not the longest by design.
        let choices = (0..<4).map { c in
            "      - text: \"Option \(c + 1): \(sentence(8, &rng))\"" + (c == correct ? "\n        correct: true" : "")
        }.joined(separator: "\n")
        return """
              - id: gen-\(number)
                topic: "\(topic(domain, number % topicsPerDomain))"
                difficulty: \(1 + number % 3)
                stem: >-
                  Generated question \(number): \(sentence(18, &rng))
                  \(sentence(14, &rng))?
                choices:
            \(choices)
                explanation: >-
                  \(sentence(20, &rng)) \(sentence(20, &rng))
                  \(sentence(20, &rng))
                reference: "Generated reference \(number % 97), section \(number % 13)"
                tags: [generated, t\(number % 7)]

            """
    }
}

/// SplitMix64, for generated data that is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
