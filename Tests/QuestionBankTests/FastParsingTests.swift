@testable import QuestionBank
import Testing
import TestSupport
import Yams

/// The shortcuts of the first load must give exactly what the plain path gives.
@Suite("Fast parsing matches the plain path")
struct FastParsingTests {
    /// Files with good questions, bad questions, a broken file, duplicates across files and a blueprint.
    static func mixedFiles() -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = [("domains.yaml", SampleBank.domainsYAML)]
        for file in 0..<9 {
            var text = "domain: \(["alpha", "beta", "gamma"][file % 3])\nquestions:\n"
            for number in 0..<30 {
                let id = number == 7 ? "dup-\(file % 2)" : "f\(file)-q\(number)"
                text += question(id: id) { fields in
                    if number == 3 { fields["difficulty"] = "5" }
                    if number == 4 { fields["explaination"] = "typo" }
                    if number == 5 { fields["stem"] = "Which option is right here?" }
                    if number == 6 { fields["domain"] = "nowhere" }
                    if number == 8 { fields["choices"] = "      - text: Only one\n        correct: true" }
                    if number == 9 { fields["as_of"] = "1800" }
                } + "\n"
            }
            files.append(("banks/file-\(file).yaml", text))
            if file == 4 { files.append(("banks/broken.yaml", "questions: [\n")) }
        }
        files.append(("blueprints/mini.yaml", """
            id: mini
            name: Mini
            questions: 10
            minutes: 20
            pass_percent: 70
            weights: {alpha: 1, beta: 1, nowhere: 1}
            """))
        return files
    }

    @Test("a question file's texts are packed into one store, equal to what was read; its other strings are shared or copied")
    func compactedStrings() throws {
        let topic: (inout [String: String]) -> Void = { $0["topic"] = "A topic longer than fifteen bytes" }
        let text = "domain: alpha\nquestions:\n" + question(id: "q-1", topic) + "\n" + question(id: "q-2", topic)
        var parser = BankFileParser(file: "bank.yaml")
        let composed = parser.root(text)
        let (root, _) = try #require(composed)
        var read = parser.questions(root)
        let before = read.questions
        read.compact()
        #expect(read.questions == before)
        #expect(read.questions.allSatisfy { $0.readsStoredText })
        #expect(read.questions.map(\.stem) == before.map(\.stem))
        #expect(read.questions.map(\.choices) == before.map(\.choices))
        func address(_ string: String) -> UnsafeRawPointer? {
            string.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
        }
        // The topic, longer than fits in a string value, is copied once for the whole file.
        let topics = read.questions.map(\.topic)
        #expect(topics[0].utf8.count > 15 && address(topics[0]) == address(topics[1]))
        #expect(address(topics[0]) != address(before[0].topic))
        let long = String(repeating: "x", count: 40)
        #expect(UncheckedQuestions.copy(long) == long && address(UncheckedQuestions.copy(long)) != address(long))
        #expect(UncheckedQuestions.copy("short") == "short")
    }

    @Test("a parallel load gives exactly the sequential result, diagnostics in the same order")
    func parallelEqualsSequential() {
        let files = Self.mixedFiles()
        let parallel = BankLoader.parse(files: files)
        let sequential = ParallelMap.$sequential.withValue(true) { BankLoader.parse(files: files) }
        #expect(!parallel.diagnostics.isEmpty)
        #expect(parallel.errors.contains { $0.location.file == "banks/broken.yaml" })
        #expect(parallel.diagnostics == sequential.diagnostics)
        #expect(parallel.bank.questions == sequential.bank.questions)
        #expect(parallel.bank.domains == sequential.bank.domains)
        #expect(parallel.bank.blueprints == sequential.bank.blueprints)
        #expect(parallel.bank.contentHash == sequential.bank.contentHash)
        #expect(parallel.bank.questions.count > 200)
    }

    @Test("ParallelMap keeps index order")
    func parallelMapOrder() {
        #expect(ParallelMap.map(1_000) { $0 * 2 } == (0..<1_000).map { $0 * 2 })
        #expect(ParallelMap.map(0) { $0 }.isEmpty)
    }

    @Test("keys spelled like booleans compose as with the bool resolver", arguments: [
        // Two keys `yes` and "yes" differ under the bool resolver: two unknown keys, no duplicate.
        "a: 1\nyes: 2\n\"yes\": 3\n",
        // `!!bool yes` and a plain `yes` are both booleans: a duplicate under the bool resolver.
        "a: 1\n!!bool yes: 2\nyes: 3\n",
        "{on: 1, \"on\": 2}",
        "? [a, b]\n: 1\n? [a, b]\n: 2\n",
        "? {k: no}\n: 1\n? {k: \"no\"}\n: 2\n",
        "a: &x 1\nb: *x\n",
        "plain: text\nOFF: 1\n",
        "id: 1\nid: 2\n",
        "questions: [\n",
    ])
    func booleanKeys(yaml: String) throws {
        let exact = Result { try Yams.compose(yaml: yaml, YAMLComposer.exactResolver) }
        let fast = Result { try YAMLComposer.compose(yaml) }
        switch (exact, fast) {
        case (.success(let a), .success(let b)):
            #expect(a == b)
            #expect(describeKeys(a) == describeKeys(b))
        case (.failure(let a), .failure(let b)):
            #expect("\(a)" == "\(b)")
        default:
            Issue.record("one composed and the other failed: \(exact) / \(fast)")
        }
    }

    /// Every mapping key with its resolved tag, in document order.
    func describeKeys(_ node: Node?) -> [String] {
        guard let node else { return [] }
        switch node {
        case .mapping(let mapping):
            return mapping.indices.flatMap { index -> [String] in
                let (key, value) = mapping[index]
                return ["\(key.string ?? "?")=\(key.tag)"] + describeKeys(value)
            }
        case .sequence(let sequence):
            return sequence.flatMap { describeKeys($0) }
        default:
            return []
        }
    }

    @Test("keys `yes` and \"yes\" stay two unknown keys, not a duplicate")
    func booleanLikeKeys() {
        #expect(diagnostics("domain: alpha\nquestions: []\nyes: 1\n\"yes\": 2\n") == [
            "bank.yaml:3:1: unknown key 'yes' in bank file (known keys: domain, questions)",
            "bank.yaml:4:1: unknown key 'yes' in bank file (known keys: domain, questions)",
        ])
    }

    @Test("key lookup finds the same keys as Yams' subscript", arguments: [
        "id: a", "\"id\": a", "'id': a", "!!str id: a", "! id: a", "!custom id: a", "!!int id: a",
        "id: a\nother: b", "x: 1\nid: a\n", "? id\n: a", "{id: a}", "[id]: a",
    ])
    func keyLookup(yaml: String) throws {
        guard case .mapping(let mapping) = try Yams.compose(yaml: yaml, YAMLComposer.exactResolver) else {
            Issue.record("not a mapping")
            return
        }
        #expect(mapping.value(forKey: "id") == mapping["id"])
        #expect(mapping.value(forKey: "other") == mapping["other"])
    }

    @Test("whole numbers read as Yams reads them", arguments: [
        "0", "7", "010", "0x1F", "0b101", "0o17", "1_000", "+5", "-3", "12:30", "007", "2026",
        "123456789012345678", "1234567890123456789", "99999999999999999999", "1.5", "abc", "\"12\"", "'3'", "",
    ])
    func wholeNumbers(text: String) throws {
        guard case .mapping(let mapping) = try Yams.compose(yaml: "n: \(text)", YAMLComposer.exactResolver),
              let node = mapping["n"] else {
            Issue.record("no value")
            return
        }
        #expect(YAMLDocument.wholeNumber(node) == node.int)
    }

    @Test("ASCII word counts and folding equal the Character-based ones", arguments: [
        "", " ", "one", "  Two  words ", "tabs\tare\tnot\tseparators", "lines\nand\r\nCRLF\rand\u{0B}VT\u{0C}FF",
        "MiXeD CaSe  ALL OF THE ABOVE", "\n\nleading and trailing\n\n", "punctuation, too; yes!",
    ])
    func asciiText(text: String) {
        let isSeparator: (Character) -> Bool = { $0 == " " || $0.isNewline }
        var count = 0, inWord = false
        for character in text {
            if !isSeparator(character), !inWord { count += 1 }
            inWord = !isSeparator(character)
        }
        #expect(ASCIIText.wordCount(text) == count)
        #expect(ASCIIText.characterCount(text) == text.count)
        #expect(ASCIIText.normalized(text) == text.lowercased().split(whereSeparator: isSeparator).joined(separator: " "))
    }

    @Test("non-ASCII text takes the Character path")
    func nonASCII() {
        #expect(ASCIIText.wordCount("café au lait") == nil)
        #expect(ASCIIText.normalized("Ünïcode") == nil)
        #expect(ASCIIText.characterCount("e\u{301}") == nil)
        #expect(ASCIIText.characterCount("a\r\nb\n\rc") == "a\r\nb\n\rc".count)
        #expect(BankValidator.wordCount("café  au\u{2028}lait") == 3)
        #expect(BankValidator.normalized("ÉTÉ  Été") == "été été")
        #expect(" \u{301}x ".trimmingWhitespace() == " \u{301}x")
        #expect("x".trimmingWhitespace() == "x")
        #expect(" padded\t".trimmingWhitespace() == "padded")
    }
}
