import Foundation
import QuestionBank

/// A bank whose every text field tries to take over the terminal, in the real YAML format.
///
/// It keeps the ids of ``SampleBank`` (domains alpha, beta, gamma; blueprint `mini`), so every
/// screen scenario that runs on the sample bank runs on this one too. The YAML uses
/// double-quoted escapes, so the files themselves are plain ASCII.
public enum HostileBank {
    /// Payloads as YAML double-quoted escapes: each one would change a real terminal if sent raw.
    public static let payloads: [String] = [
        "\\e[2J\\e[H",                           // clear the screen, cursor home
        "\\e]0;pwned-title\\a",                  // set the window title (OSC 0, BEL)
        "\\e]2;pwned-title\\e\\\\",              // set the title (OSC 2, ST)
        "\\e[?1049l",                            // leave the alternate screen
        "\\e[?25l",                              // hide the cursor
        "\\ec",                                  // full reset (RIS)
        "\\e[31;1mred\\e[0m",                    // colours
        "\\eP+q544e\\e\\\\",                     // DCS request
        "\\e]52;c;cHduZWQ=\\a",                  // write the clipboard (OSC 52)
        "\\x9b2J \\x9d0;c1-title\\x9c \\x85",    // the same as C1 controls, and NEL
        "\\0 \\x01 \\x07 \\b \\x0b \\f \\r \\x0e \\x0f \\x1a \\x7f",
        "\\u202Eevil\\u202C \\u202D \\u2066iso\\u2069 \\u200F \\u061C",
        "\\u200B\\u2060\\uFEFF\\u00AD zero width",
        "e\\u0301\\u0302\\u0303\\u0304\\u0305\\u0306\\u0307\\u0308 stacked marks",
        "日本語の長い質問 한국어 ＡＢＣ 中文字符",
        "👩‍⚕️ 👍🏽 🇺🇸",
        "tab\\there\\u2028line\\u2029para",
    ]

    /// All payloads in one line, for names and topics.
    public static var allInOne: String { payloads.joined(separator: " ") }

    /// About `count` characters of payloads, words and wide text, for the 10,000-character fields.
    public static func long(_ count: Int, seed: Int) -> String {
        var text = ""
        var index = seed
        // Escapes shrink when parsed and marks merge into one character: write twice the length
        // so the parsed text still has at least `count` characters.
        while text.count < 2 * count {
            text += payloads[index % payloads.count] + " word\(index) 長い "
            index += 1
        }
        return text
    }

    /// Six questions per domain; questions 1 and 4 carry 10,000-character stems and choices.
    public static func bankYAML(domain: String, prefix: String) -> String {
        var lines = ["domain: \(domain)", "questions:"]
        for n in 1...6 {
            let big = n == 1 || n == 4
            let stem = big ? long(10_000, seed: n) : "\(payloads[n % payloads.count]) Question \(n) \(payloads[(n + 5) % payloads.count])?"
            lines.append("  - id: \(prefix)-\(n)")
            lines.append("    topic: \"Topic \(n % 2) \(payloads[(n + 3) % payloads.count])\"")
            lines.append("    difficulty: \((n - 1) % 3 + 1)")
            lines.append("    stem: \"\(stem)\"")
            lines.append("    choices:")
            for c in 0..<4 {
                let text = big && c == 1 ? long(10_000, seed: n + c) : "\(payloads[(n + c * 4) % payloads.count]) choice \(c)"
                lines.append("      - text: \"\(text)\"")
                if c == (n - 1) % 4 { lines.append("        correct: true") }
            }
            lines.append("    explanation: \"\(big ? long(3_000, seed: n + 7) : allInOne)\"")
            lines.append("    reference: \"\(payloads[(n + 9) % payloads.count]) Rule \(n)\"")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static var domainsYAML: String {
        """
        domains:
          - id: alpha
            name: "Alpha \(payloads[0]) 日本語 \(payloads[11])"
            outlines:
              cmom: Compliance
          - id: beta
            name: "Beta \(payloads[1]) \(payloads[4])"
            outlines:
              cmom: Finance
          - id: gamma
            name: "Gamma \(payloads[13]) \(payloads[9])"
            outlines:
              cmom: Personnel
        """
    }

    public static var blueprintYAML: String {
        """
        id: mini
        name: "Mini \(payloads[1]) \(payloads[3]) exam"
        description: "\(allInOne)"
        questions: 10
        minutes: 20
        pass_percent: 70
        outline: cmom
        weights:
          Compliance: 50
          Finance: 30
          Personnel: 20
        """
    }

    /// The bank's files by their path inside a bank folder.
    public static func files() -> [(path: String, text: String)] {
        [
            ("domains.yaml", domainsYAML),
            ("banks/alpha.yaml", bankYAML(domain: "alpha", prefix: "a")),
            ("banks/beta.yaml", bankYAML(domain: "beta", prefix: "b")),
            ("banks/gamma.yaml", bankYAML(domain: "gamma", prefix: "g")),
            ("blueprints/mini.yaml", blueprintYAML),
        ]
    }

    /// The parsed bank, with its diagnostics (warnings are expected: long choices, odd text).
    public static func load() -> BankLoadResult {
        BankLoader.parse(files: files())
    }
}
