import Foundation
@testable import QuestionBank
import Testing
import TestSupport

@Suite("Parsed-bank cache")
struct BankCacheTests {
    /// The sample folder plus a file with an error and warnings, so diagnostics are not empty.
    func folder(in temp: TemporaryDirectory) throws -> String {
        let root = try SampleBank.writeFolder(in: temp.url)
        let broken = SampleBank.bankYAML(domain: "beta", prefix: "x", count: 3)
            .replacingOccurrences(of: "    reference: Test rule 2\n", with: "    reference: Test rule 2\n    colour: blue\n")
            .replacingOccurrences(of: "because the rule says so, and each of the other options misreads the rule in a different way that learners often confuse.", with: "because.")
        try broken.write(toFile: root.path + "/banks/extra.yaml", atomically: true, encoding: .utf8)
        return root.path
    }

    func same(_ a: BankLoadResult, _ b: BankLoadResult) -> Bool {
        a.bank.questions == b.bank.questions && a.bank.domains == b.bank.domains && a.bank.blueprints == b.bank.blueprints
            && a.bank.contentHash == b.bank.contentHash && a.diagnostics == b.diagnostics
            && a.bank.topicCounts == b.bank.topicCounts && a.bank.questionCount == b.bank.questionCount
            && a.bank.topicAreas().map { "\($0.domain)/\($0.topic)" } == b.bank.topicAreas().map { "\($0.domain)/\($0.topic)" }
    }

    func entries(_ cache: BankCache) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.directory)) ?? []).filter { $0.hasSuffix(".bin") }
    }

    @Test("a cached load gives exactly the parsed banks and diagnostics")
    func cachedEqualsParsed() throws {
        let temp = try TemporaryDirectory()
        let path = try folder(in: temp)
        let cache = BankCache(directory: temp.path + "/cache", build: "test")
        let parsed = BankLoader.load(paths: [path])
        #expect(!parsed.errors.isEmpty)
        #expect(!parsed.warnings.isEmpty)
        let first = BankLoader.load(paths: [path], cache: cache)
        #expect(entries(cache).count == 1)
        let cached = BankLoader.load(paths: [path], cache: cache)
        #expect(same(parsed, first))
        #expect(same(parsed, cached))
        #expect(cached.diagnostics.map(\.description) == parsed.diagnostics.map(\.description))
    }

    @Test("the second load is read from the cache entry, its texts read in place")
    func servedFromCache() throws {
        let temp = try TemporaryDirectory()
        let path = try folder(in: temp)
        let cache = BankCache(directory: temp.path + "/cache", build: "test")
        let parsed = BankLoader.load(paths: [path], cache: cache)
        #expect(parsed.bank.questions.allSatisfy { $0.readsStoredText })
        let cached = BankLoader.load(paths: [path], cache: cache)
        #expect(cached.bank.questions.allSatisfy { $0.readsStoredText })
        #expect(cached.bank.question("a-1")?.stem.hasPrefix("Question 1 of alpha") == true)
        // A question about to be shown reads its record once and then holds its texts.
        let shown = try #require(cached.bank.question("a-1")).holdingTexts()
        #expect(!shown.readsStoredText && shown == cached.bank.question("a-1"))
        // Changing a text of a cached question makes it hold its own texts.
        var edited = try #require(cached.bank.question("a-1"))
        edited.explanation = "Changed."
        #expect(!edited.readsStoredText && edited.explanation == "Changed." && edited.stem.hasPrefix("Question 1 of alpha"))
    }

    @Test("an entry whose questions no longer match their digest is never used: the files are parsed again")
    func tamperedQuestions() throws {
        let temp = try TemporaryDirectory()
        let path = try folder(in: temp)
        let cache = BankCache(directory: temp.path + "/cache", build: "test")
        let parsed = BankLoader.load(paths: [path], cache: cache)
        // Change one letter of a stem inside the entry: the digest no longer matches.
        let entry = cache.directory + "/" + entries(cache)[0]
        var data = try Data(contentsOf: URL(fileURLWithPath: entry))
        let needle = Data("Question 1 of alpha".utf8)
        let range = try #require(data.range(of: needle))
        data[range.lowerBound] = UInt8(ascii: "K")
        try data.write(to: URL(fileURLWithPath: entry))
        let cached = BankLoader.load(paths: [path], cache: cache)
        #expect(cached.bank.question("a-1")?.stem.hasPrefix("Question 1 of alpha") == true)
        // A question about to be shown reads its record once and then holds its texts.
        let shown = try #require(cached.bank.question("a-1")).holdingTexts()
        #expect(!shown.readsStoredText && shown == cached.bank.question("a-1"))
        #expect(cached.bank.questions == parsed.bank.questions)
    }

    @Test("an edited, added or removed file is parsed again, never served stale")
    func editsMiss() throws {
        let temp = try TemporaryDirectory()
        let path = try folder(in: temp)
        let cache = BankCache(directory: temp.path + "/cache", build: "test")
        _ = BankLoader.load(paths: [path], cache: cache)
        let file = path + "/banks/alpha.yaml"
        // Same length, one letter different.
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "Question 1 of alpha", with: "Puestion 1 of alpha").write(toFile: file, atomically: true, encoding: .utf8)
        let edited = BankLoader.load(paths: [path], cache: cache)
        #expect(edited.bank.question("a-1")?.stem.hasPrefix("Puestion 1") == true)
        #expect(same(edited, BankLoader.load(paths: [path])))

        try SampleBank.bankYAML(domain: "gamma", prefix: "n", count: 2).write(toFile: path + "/banks/new.yaml", atomically: true, encoding: .utf8)
        #expect(BankLoader.load(paths: [path], cache: cache).bank.question("n-1") != nil)
        try FileManager.default.removeItem(atPath: path + "/banks/new.yaml")
        #expect(BankLoader.load(paths: [path], cache: cache).bank.question("n-1") == nil)
    }

    @Test("another build of the program does not read this build's entries")
    func otherBuildMisses() throws {
        let temp = try TemporaryDirectory()
        let path = try folder(in: temp)
        _ = BankLoader.load(paths: [path], cache: BankCache(directory: temp.path + "/cache", build: "one"))
        _ = BankLoader.load(paths: [path], cache: BankCache(directory: temp.path + "/cache", build: "two"))
        #expect(entries(BankCache(directory: temp.path + "/cache")).count == 2)
    }

    @Test("a damaged entry is ignored and written again")
    func damagedEntry() throws {
        let temp = try TemporaryDirectory()
        let path = try folder(in: temp)
        let cache = BankCache(directory: temp.path + "/cache", build: "test")
        let parsed = BankLoader.load(paths: [path], cache: cache)
        let entry = cache.directory + "/" + entries(cache)[0]
        let data = try Data(contentsOf: URL(fileURLWithPath: entry))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: entry))
        #expect(same(BankLoader.load(paths: [path], cache: cache), parsed))
        #expect(try Data(contentsOf: URL(fileURLWithPath: entry)) == data)
    }

    @Test("an entry larger than the write buffer round-trips, its repeated short texts stored once")
    func largeEntry() throws {
        let temp = try TemporaryDirectory()
        // Long distinct stems put the questions section over several write buffers.
        let questions = (0..<2_000).map { n in
            Question(id: "big-\(n)", domain: "alpha", topic: "Topic \(n % 7)", difficulty: 1 + n % 3,
                     stem: "Question \(n): " + String(repeating: "a long stem that does not repeat \(n) ", count: 30),
                     choices: [Choice(text: "All of the above", isCorrect: n % 2 == 0), Choice(text: "Choice \(n)", isCorrect: n % 2 == 1)],
                     explanation: "Because \(n).", reference: "45 CFR 164.502")
        }
        let bank = SampleBank.standard()
        let result = BankLoadResult(bank: Bank(domains: bank.domains, questions: questions, blueprints: bank.blueprints), diagnostics: [])
        let path = temp.path + "/entry.bin"
        #expect(BankCacheCoding.write(result, key: Array(repeating: 7, count: 16), to: path))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 2 * BankCacheCoding.EntryOutput.bufferSize)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let (head, section) = try #require(BankCacheCoding.decodeHead(data, key: Array(repeating: 7, count: 16)))
        #expect(head.questionCount == questions.count)
        #expect(BankCacheCoding.decodeQuestions(section) == questions)
        // "All of the above" and the reference are each stored once, not once per question.
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.components(separatedBy: "All of the above").count == 2)
        #expect(text.components(separatedBy: "45 CFR 164.502").count == 2)
    }

    @Test("an entry that cannot be written in full is reported as not written (a full disk, a missing folder)")
    func failedWrite() throws {
        let temp = try TemporaryDirectory()
        let result = BankLoader.load(paths: [try folder(in: temp)])
        let key = Array(repeating: UInt8(7), count: 16)
        #expect(!BankCacheCoding.write(result, key: key, to: temp.path + "/no-such-folder/entry.bin"))
        // /dev/full takes the file open, then fails every write with "no space left on device".
        if FileManager.default.fileExists(atPath: "/dev/full") {
            #expect(!BankCacheCoding.write(result, key: key, to: "/dev/full"))
        }
        #expect(BankCacheCoding.write(result, key: key, to: temp.path + "/entry.bin"))
    }

    @Test("a load with an unreadable path is not cached")
    func missingPathNotCached() throws {
        let temp = try TemporaryDirectory()
        let cache = BankCache(directory: temp.path + "/cache", build: "test")
        let result = BankLoader.load(paths: [temp.path + "/nowhere"], cache: cache)
        #expect(result.errors.map(\.message) == ["no such file or folder"])
        #expect(entries(cache).isEmpty)
    }

    /// The entry format lists every stored property; a new one must be added to it.
    @Test("every stored property of the cached types is written to the cache")
    func fieldsCovered() {
        let location = SourceLocation(file: "f", line: 1, column: 1)
        let question = Question(id: "q", domain: "d", topic: "t", difficulty: 1, stem: "s", choices: [Choice(text: "c")],
                                explanation: "e", reference: "r")
        let blueprint = Blueprint(id: "b", name: "n", questionCount: 1, minutes: 1, passPercent: 70, weights: [.init(key: "k", weight: 1)])
        #expect(Mirror(reflecting: question).children.count == 9)
        #expect(Mirror(reflecting: QuestionText.Held(stem: "s", choices: [], explanation: "e", reference: "r")).children.count == 4)
        #expect(Mirror(reflecting: Choice(text: "c")).children.count == 3)
        #expect(Mirror(reflecting: Domain(id: "d", name: "n")).children.count == 4)
        #expect(Mirror(reflecting: blueprint).children.count == 10)
        #expect(Mirror(reflecting: Blueprint.Weight(key: "k", weight: 1)).children.count == 2)
        #expect(Mirror(reflecting: location).children.count == 3)
        #expect(Mirror(reflecting: Diagnostic.error(location, "m")).children.count == 3)
    }

    @Test("the key digest tells apart inputs that differ in one word or in where fields end")
    func digest() {
        func digest(_ parts: [String]) -> [UInt8] {
            var d = Digest128()
            for part in parts { d.combine(part) }
            return d.bytes
        }
        #expect(digest(["abcdefgh12345678"]) != digest(["abcdefgh12345679"]))
        #expect(digest(["ab", "c"]) != digest(["a", "bc"]))
        #expect(digest(["same"]) == digest(["same"]))
    }
}
