@testable import QuestionBank
import Testing
import TestSupport

/// Parses one bank file against the sample domains and returns its diagnostics as text.
func diagnostics(_ yaml: String, file: String = "bank.yaml") -> [String] {
    BankLoader.parse(files: [("domains.yaml", SampleBank.domainsYAML), (file, yaml)]).diagnostics.map(\.description)
}

/// One valid question as YAML, with lines replaced by `edit`.
func question(id: String = "q-1", _ edit: (inout [String: String]) -> Void = { _ in }) -> String {
    var fields: [String: String] = [
        "id": id, "topic": "Topic", "difficulty": "2", "stem": "Which option is right here?",
        "explanation": "The first option is right because the rule says so; the second misreads the rule and the third confuses it with another.",
        "reference": "Rule 1",
    ]
    edit(&fields)
    let order = ["id", "domain", "topic", "difficulty", "stem", "explanation", "reference", "explaination", "as_of"]
    var lines: [String] = []
    for key in order { if let value = fields[key] { lines.append("    \(key): \(value)") } }
    lines[0] = "  - " + lines[0].dropFirst(4)
    lines.append("    choices:")
    lines.append(fields["choices"] ?? "      - text: Right answer\n        correct: true\n      - text: Wrong answer\n      - text: Another wrong answer")
    return lines.joined(separator: "\n")
}

@Suite("Validation errors and warnings, each with its location")
struct ValidationTests {
    @Test("a valid file has no diagnostics")
    func valid() {
        #expect(diagnostics("domain: alpha\nquestions:\n" + question()) == [])
    }

    @Test("invalid YAML reports the parser's line and column")
    func invalidYAML() {
        #expect(diagnostics("domain: alpha\nquestions:\n  - id: \"open\n") == [
            "bank.yaml:4:1: invalid YAML: while scanning a quoted scalar: found unexpected end of stream",
        ])
    }

    @Test("no correct answer, and two correct answers")
    func correctCount() {
        let none = question { $0["choices"] = "      - A\n      - B" }
        #expect(diagnostics("domain: alpha\nquestions:\n" + none) == ["bank.yaml:10:7: question 'q-1': choice list has no correct answer"])
        let two = question { $0["choices"] = "      - text: A\n        correct: true\n      - text: B\n        correct: true" }
        #expect(diagnostics("domain: alpha\nquestions:\n" + two) == ["bank.yaml:10:7: question 'q-1': choice list has 2 correct answers; it needs exactly one"])
    }

    @Test("too few and too many choices")
    func choiceCount() {
        let one = question { $0["choices"] = "      - text: A\n        correct: true" }
        #expect(diagnostics("domain: alpha\nquestions:\n" + one) == ["bank.yaml:10:7: question 'q-1' has 1 choices; it needs 2 to 6"])
        let seven = question { $0["choices"] = "      - text: A\n        correct: true\n" + (1...6).map { "      - B\($0)" }.joined(separator: "\n") }
        #expect(diagnostics("domain: alpha\nquestions:\n" + seven) == ["bank.yaml:10:7: question 'q-1' has 7 choices; it needs 2 to 6"])
    }

    @Test("difficulty outside 1-3, and not a number")
    func difficulty() {
        #expect(diagnostics("domain: alpha\nquestions:\n" + question { $0["difficulty"] = "5" }) == ["bank.yaml:5:17: difficulty must be 1, 2 or 3, not 5"])
        #expect(diagnostics("domain: alpha\nquestions:\n" + question { $0["difficulty"] = "hard" }) == ["bank.yaml:5:17: 'difficulty' must be a whole number"])
    }

    @Test("missing required key and empty stem")
    func missingKeys() {
        #expect(diagnostics("domain: alpha\nquestions:\n" + question { $0["topic"] = nil }) == ["bank.yaml:3:5: question 'q-1' has no 'topic'"])
        #expect(diagnostics("domain: alpha\nquestions:\n" + question { $0["stem"] = "\"\"" }) == ["bank.yaml:6:11: 'stem' is empty"])
    }

    @Test("unknown key (a typo) names the known keys")
    func unknownKey() {
        let out = diagnostics("domain: alpha\nquestions:\n" + question { $0["explaination"] = "x" })
        #expect(out.count == 1)
        #expect(out[0].hasPrefix("bank.yaml:9:5: unknown key 'explaination' in question (known keys: as_of, choices"))
    }

    @Test("unknown domain, in the file and in a question")
    func unknownDomain() {
        #expect(diagnostics("domain: delta\nquestions:\n" + question()) == ["bank.yaml:1:9: unknown domain 'delta' (declared: alpha, beta, gamma)"])
        #expect(diagnostics("domain: alpha\nquestions:\n" + question { $0["domain"] = "delta" }) == ["bank.yaml:4:13: unknown domain 'delta' in question 'q-1'"])
        // A question left out for another reason still has its unknown domain named, in line order.
        let noTopic = question { $0["domain"] = "delta"; $0["topic"] = nil }
        #expect(diagnostics("domain: alpha\nquestions:\n" + noTopic) == [
            "bank.yaml:3:5: question 'q-1' has no 'topic'", "bank.yaml:4:13: unknown domain 'delta' in question 'q-1'",
        ])
        // Only the question naming an unknown domain is left out; the others of its file load.
        let two = "domain: alpha\nquestions:\n" + question(id: "q-1") { $0["domain"] = "delta" } + "\n" + question(id: "q-2")
        let result = BankLoader.parse(files: [("domains.yaml", SampleBank.domainsYAML), ("bank.yaml", two)])
        #expect(result.bank.questions.map(\.id) == ["q-2"])
        // A domain declared by a later domains file is known to every question file.
        let later = BankLoader.parse(files: [
            ("a/bank.yaml", "domain: delta\nquestions:\n" + question()),
            ("b/domains.yaml", "domains:\n  - id: delta\n    name: Delta\n"),
        ])
        #expect(later.errors.isEmpty && later.bank.questions.map(\.domain) == ["delta"])
    }

    @Test("duplicate ids across files are errors naming the first place")
    func duplicateIDs() {
        let result = BankLoader.parse(files: [
            ("domains.yaml", SampleBank.domainsYAML),
            ("one.yaml", "domain: alpha\nquestions:\n" + question(id: "same")),
            ("two.yaml", "domain: beta\nquestions:\n" + question(id: "same") { $0["stem"] = "A different stem entirely?" }),
        ])
        #expect(result.errors.map(\.description) == ["two.yaml:3:5: duplicate question id 'same' (first at one.yaml:3:5)"])
        #expect(result.bank.questions.count == 1)
    }

    @Test("duplicate stems, missing explanation and reference, all/none of the above are warnings")
    func contentWarnings() {
        let yaml = "domain: alpha\nquestions:\n" + question(id: "q-1") + "\n" + question(id: "q-2") { $0["explanation"] = nil; $0["reference"] = nil }
            + "\n" + question(id: "q-3") {
                $0["stem"] = "Another stem here?"
                $0["choices"] = "      - text: All of the above\n        correct: true\n      - B\n      - C"
            }
        #expect(diagnostics(yaml) == [
            "bank.yaml:14:5: warning: question 'q-2' repeats the stem of 'q-1'",
            "bank.yaml:14:5: warning: question 'q-2' has no explanation",
            "bank.yaml:14:5: warning: question 'q-2' has no reference",
            "bank.yaml:23:5: warning: question 'q-3' uses \"all/none of the above\" but its choices are shuffled (write the choices out, or set shuffle: false)",
        ])
    }

    @Test("repeated stems are found by hash, and told apart exactly when two stems share a hash")
    func stemsByHash() {
        let stems = ["alpha", "beta", "alpha", "beta", "gamma", "beta"]
        var first = BankValidator.FirstStems(capacity: stems.count)
        // Every stem gets the same hash: only comparing the stems can tell them apart.
        let found = stems.indices.map { first.earlier(stems[$0], hash: 7, at: $0, stemAt: { stems[$0] }) }
        #expect(found == [nil, nil, 0, 1, nil, 1])
        var distinct = BankValidator.FirstStems(capacity: stems.count)
        #expect(stems.indices.map { distinct.earlier(stems[$0], hash: stems[$0].hashValue, at: $0, stemAt: { stems[$0] }) } == found)
    }

    @Test("a file whose answers are always A is warned about")
    func positionBalance() {
        let questions = (1...20).map { n in question(id: "p-\(n)") { $0["stem"] = "Stem number \(n)?" } }
        let out = diagnostics("domain: alpha\nquestions:\n" + questions.joined(separator: "\n"))
        #expect(out.contains("bank.yaml:1:1: warning: the correct answer is A in 100% of 20 questions; an even spread is 33%"))
        #expect(out.contains("bank.yaml:1:1: warning: the correct answer is B in 0% of 20 questions; an even spread is 33%"))
        // The balanced sample bank is not warned about.
        #expect(BankLoader.parse(files: [("d.yaml", SampleBank.domainsYAML), ("a.yaml", SampleBank.bankYAML(domain: "alpha", prefix: "a", count: 20))]).diagnostics.isEmpty)
    }

    @Test("a file whose correct answers are usually the longest choice is warned about")
    func lengthCue() {
        let questions = (1...20).map { n in
            question(id: "l-\(n)") {
                $0["stem"] = "Stem number \(n)?"
                let right = "      - text: The right answer, which is much longer than the others\n        correct: true"
                let wrong = "      - text: Wrong\n      - text: Also wrong"
                $0["choices"] = n % 3 == 0 ? wrong + "\n" + right : n % 3 == 1 ? right + "\n" + wrong : "      - text: Wrong\n" + right + "\n      - text: Also wrong"
            }
        }
        let out = diagnostics("domain: alpha\nquestions:\n" + questions.joined(separator: "\n"))
        #expect(out == ["bank.yaml:1:1: warning: the correct answer is the longest choice in 20 of 20 questions; learners can guess it from length"])
    }

    @Test("a blueprint the banks cannot fill is a warning; unknown weight keys are errors")
    func blueprints() {
        let big = SampleBank.blueprintYAML.replacingOccurrences(of: "questions: 10", with: "questions: 100")
        let result = BankLoader.parse(files: [
            ("d.yaml", SampleBank.domainsYAML), ("a.yaml", SampleBank.bankYAML(domain: "alpha", prefix: "a", count: 20)),
            ("big.yaml", big),
            ("bad.yaml", "id: bad\nname: Bad\nquestions: 5\nminutes: 5\npass_percent: 70\noutline: cmom\nweights:\n  Nowhere: 1\n"),
        ])
        #expect(result.diagnostics.map(\.description) == [
            "bad.yaml:1:1: blueprint 'bad' weights unknown outline 'cmom' domain 'Nowhere'",
            "big.yaml:1:1: warning: blueprint 'mini' cannot be filled: 'Compliance' needs 50, banks have 20; 'Finance' needs 30, banks have 0; 'Personnel' needs 20, banks have 0",
        ])
    }

    @Test("one broken file does not stop the others from loading")
    func brokenFileIsolated() {
        let result = BankLoader.parse(files: [
            ("d.yaml", SampleBank.domainsYAML), ("broken.yaml", "questions: [\n"),
            ("good.yaml", "domain: beta\nquestions:\n" + question()),
        ])
        #expect(result.errors.count == 1)
        #expect(result.errors[0].location.file == "broken.yaml")
        #expect(result.bank.questions.map(\.id) == ["q-1"])
    }
}
