import Foundation

/// The cache's binary form of a load result: a table of distinct strings, then records that
/// refer to strings by number.
///
/// Repeated strings (domains, topics, file paths, tags) are stored once and decoded once, so a
/// cached bank of 10,000 questions decodes in a few milliseconds and shares their storage.
/// Every read is bounds-checked: a damaged or truncated entry decodes to nil, never to a wrong
/// bank.
enum BankCacheCoding {
    static let magic: [UInt8] = Array("MMPBANK".utf8) + [1]

    // MARK: writing

    struct Writer {
        var bytes: [UInt8] = []
        var strings: [String] = []
        var numbers: [String: UInt32] = [:]
        var body: [UInt8] = []

        mutating func string(_ value: String) {
            if let number = numbers[value] { return u32(number) }
            let number = UInt32(strings.count)
            strings.append(value)
            numbers[value] = number
            u32(number)
        }

        mutating func optionalString(_ value: String?) {
            if let value { u8(1); string(value) } else { u8(0) }
        }

        mutating func u8(_ value: UInt8) { body.append(value) }
        mutating func bool(_ value: Bool) { body.append(value ? 1 : 0) }

        mutating func u32(_ value: UInt32) {
            withUnsafeBytes(of: value.littleEndian) { body.append(contentsOf: $0) }
        }

        mutating func u64(_ value: UInt64) {
            withUnsafeBytes(of: value.littleEndian) { body.append(contentsOf: $0) }
        }

        mutating func int(_ value: Int) { u64(UInt64(bitPattern: Int64(value))) }
        mutating func double(_ value: Double) { u64(value.bitPattern) }
        mutating func count(_ value: Int) { u32(UInt32(value)) }

        mutating func location(_ value: SourceLocation?) {
            guard let value else { return u8(0) }
            u8(1)
            string(value.file)
            int(value.line)
            int(value.column)
        }

        /// The finished entry: magic, key, string table, then the records.
        func finish(key: [UInt8]) -> [UInt8] {
            var out = BankCacheCoding.magic + key
            var table: [UInt8] = []
            withUnsafeBytes(of: UInt32(strings.count).littleEndian) { table.append(contentsOf: $0) }
            for string in strings {
                let utf8 = Array(string.utf8)
                withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { table.append(contentsOf: $0) }
                table += utf8
            }
            out += table
            out += body
            return out
        }
    }

    static func encode(_ result: BankLoadResult, key: [UInt8]) -> [UInt8] {
        var w = Writer()
        let bank = result.bank
        w.u64(bank.contentHash.value)
        w.count(bank.domains.count)
        for domain in bank.domains {
            w.string(domain.id)
            w.string(domain.name)
            w.count(domain.outlines.count)
            for (outline, names) in domain.outlines.sorted(by: { $0.key < $1.key }) {
                w.string(outline)
                w.count(names.count)
                for name in names { w.string(name) }
            }
            w.location(domain.location)
        }
        w.count(bank.questions.count)
        for q in bank.questions {
            w.string(q.id)
            w.string(q.domain)
            w.string(q.topic)
            w.int(q.difficulty)
            w.string(q.stem)
            w.count(q.choices.count)
            for choice in q.choices {
                w.string(choice.text)
                w.bool(choice.isCorrect)
                w.optionalString(choice.feedback)
            }
            w.string(q.explanation)
            w.string(q.reference)
            if let asOf = q.asOf { w.u8(1); w.int(asOf) } else { w.u8(0) }
            w.bool(q.shuffle)
            w.count(q.tags.count)
            for tag in q.tags { w.string(tag) }
            w.location(q.location)
        }
        w.count(bank.blueprints.count)
        for b in bank.blueprints {
            w.string(b.id)
            w.string(b.name)
            w.string(b.description)
            w.int(b.questionCount)
            w.int(b.minutes)
            w.double(b.passPercent)
            w.bool(b.passMarkAssumed)
            w.optionalString(b.outline)
            w.count(b.weights.count)
            for weight in b.weights {
                w.string(weight.key)
                w.double(weight.weight)
            }
            w.location(b.location)
        }
        w.count(result.diagnostics.count)
        for d in result.diagnostics {
            w.bool(d.severity == .error)
            w.location(d.location)
            w.string(d.message)
        }
        return w.finish(key: key)
    }

    // MARK: reading

    /// Thrown inside decoding when an entry is damaged; turned into nil by ``decode(_:key:)``.
    struct Damaged: Error {}

    struct Reader {
        let base: UnsafeRawBufferPointer
        var offset: Int
        var strings: [String] = []

        mutating func take(_ n: Int) throws -> UnsafeRawBufferPointer {
            guard n >= 0, offset + n <= base.count else { throw Damaged() }
            defer { offset += n }
            return UnsafeRawBufferPointer(rebasing: base[offset..<(offset + n)])
        }

        mutating func u8() throws -> UInt8 { try take(1)[0] }
        mutating func bool() throws -> Bool { try u8() != 0 }

        mutating func u32() throws -> UInt32 {
            UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self))
        }

        mutating func u64() throws -> UInt64 {
            UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self))
        }

        mutating func int() throws -> Int { Int(Int64(bitPattern: try u64())) }
        mutating func double() throws -> Double { Double(bitPattern: try u64()) }

        /// A count, refused when it could not fit in what is left (a damaged length).
        mutating func count() throws -> Int {
            let n = Int(try u32())
            guard n <= base.count - offset else { throw Damaged() }
            return n
        }

        mutating func string() throws -> String {
            let number = Int(try u32())
            guard number < strings.count else { throw Damaged() }
            return strings[number]
        }

        mutating func optionalString() throws -> String? { try u8() == 0 ? nil : try string() }

        mutating func location() throws -> SourceLocation? {
            guard try u8() != 0 else { return nil }
            return SourceLocation(file: try string(), line: try int(), column: try int())
        }

        mutating func readStrings() throws {
            let n = try count()
            strings.reserveCapacity(n)
            for _ in 0..<n {
                let length = Int(try u32())
                let raw = try take(length)
                strings.append(String(decoding: raw, as: UTF8.self))
            }
        }
    }

    /// The result stored in `data`, or nil if it is not a complete entry for `key`.
    static func decode(_ data: Data, key: [UInt8]) -> BankLoadResult? {
        data.withUnsafeBytes { raw -> BankLoadResult? in
            var r = Reader(base: raw, offset: 0)
            do {
                guard Array(try r.take(magic.count)) == magic, Array(try r.take(key.count)) == key else { return nil }
                try r.readStrings()
                return try decodeBody(&r)
            } catch {
                return nil
            }
        }
    }

    static func decodeBody(_ r: inout Reader) throws -> BankLoadResult {
        let hashValue = try r.u64()
        var domains: [Domain] = []
        for _ in 0..<(try r.count()) {
            let id = try r.string(), name = try r.string()
            var outlines: [String: [String]] = [:]
            for _ in 0..<(try r.count()) {
                let outline = try r.string()
                var names: [String] = []
                for _ in 0..<(try r.count()) { names.append(try r.string()) }
                outlines[outline] = names
            }
            domains.append(Domain(id: id, name: name, outlines: outlines, location: try r.location()))
        }
        let questionCount = try r.count()
        var questions: [Question] = []
        questions.reserveCapacity(questionCount)
        for _ in 0..<questionCount {
            let id = try r.string(), domain = try r.string(), topic = try r.string()
            let difficulty = try r.int()
            let stem = try r.string()
            var choices: [Choice] = []
            let choiceCount = try r.count()
            choices.reserveCapacity(choiceCount)
            for _ in 0..<choiceCount {
                choices.append(Choice(text: try r.string(), isCorrect: try r.bool(), feedback: try r.optionalString()))
            }
            let explanation = try r.string(), reference = try r.string()
            let asOf: Int? = try r.u8() == 0 ? nil : try r.int()
            let shuffle = try r.bool()
            var tags: [String] = []
            for _ in 0..<(try r.count()) { tags.append(try r.string()) }
            questions.append(Question(
                id: id, domain: domain, topic: topic, difficulty: difficulty, stem: stem, choices: choices,
                explanation: explanation, reference: reference, asOf: asOf, shuffle: shuffle, tags: tags, location: try r.location()
            ))
        }
        var blueprints: [Blueprint] = []
        for _ in 0..<(try r.count()) {
            let id = try r.string(), name = try r.string(), description = try r.string()
            let count = try r.int(), minutes = try r.int()
            let pass = try r.double()
            let assumed = try r.bool()
            let outline = try r.optionalString()
            var weights: [Blueprint.Weight] = []
            for _ in 0..<(try r.count()) { weights.append(Blueprint.Weight(key: try r.string(), weight: try r.double())) }
            blueprints.append(Blueprint(
                id: id, name: name, description: description, questionCount: count, minutes: minutes, passPercent: pass,
                passMarkAssumed: assumed, outline: outline, weights: weights, location: try r.location()
            ))
        }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try r.count()) {
            let severity: Diagnostic.Severity = try r.bool() ? .error : .warning
            guard let location = try r.location() else { throw Damaged() }
            diagnostics.append(Diagnostic(severity, location, try r.string()))
        }
        guard r.offset == r.base.count else { throw Damaged() }
        let bank = Bank(domains: domains, questions: questions, blueprints: blueprints, contentHash: ContentHash(value: hashValue))
        return BankLoadResult(bank: bank, diagnostics: diagnostics)
    }
}
