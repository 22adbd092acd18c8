import Foundation

/// The cache's binary form of a load result, in two sections that each hold a table of
/// distinct strings, then records that refer to strings by number.
///
/// The head section (domains, blueprints, diagnostics, questions per topic) is small and
/// decoded at once; the questions section, most of the entry, is decoded on another thread
/// (``Bank/init(domains:blueprints:contentHash:topicCounts:questionCount:decode:)``) after its
/// digest is checked. Repeated strings (domains, topics, file paths, tags) are stored once and
/// decoded once. Every read is bounds-checked: a damaged or truncated head decodes to nil, and a
/// damaged questions section is never used (the files are parsed again instead).
enum BankCacheCoding {
    static let magic: [UInt8] = Array("MMPBANK".utf8) + [3]

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

        /// The finished section: the string table, then the records.
        func section() -> [UInt8] {
            var out: [UInt8] = []
            withUnsafeBytes(of: UInt32(strings.count).littleEndian) { out.append(contentsOf: $0) }
            for string in strings {
                let utf8 = Array(string.utf8)
                withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { out.append(contentsOf: $0) }
                out += utf8
            }
            out += body
            return out
        }
    }

    static func encode(_ result: BankLoadResult, key: [UInt8]) -> [UInt8] {
        let bank = result.bank
        var head = Writer()
        head.u64(bank.contentHash.value)
        head.count(bank.domains.count)
        for domain in bank.domains {
            head.string(domain.id)
            head.string(domain.name)
            head.count(domain.outlines.count)
            for (outline, names) in domain.outlines.sorted(by: { $0.key < $1.key }) {
                head.string(outline)
                head.count(names.count)
                for name in names { head.string(name) }
            }
            head.location(domain.location)
        }
        head.count(bank.blueprints.count)
        for b in bank.blueprints {
            head.string(b.id)
            head.string(b.name)
            head.string(b.description)
            head.int(b.questionCount)
            head.int(b.minutes)
            head.double(b.passPercent)
            head.bool(b.passMarkAssumed)
            head.optionalString(b.outline)
            head.count(b.weights.count)
            for weight in b.weights {
                head.string(weight.key)
                head.double(weight.weight)
            }
            head.location(b.location)
        }
        head.count(result.diagnostics.count)
        for d in result.diagnostics {
            head.bool(d.severity == .error)
            head.location(d.location)
            head.string(d.message)
        }
        head.count(bank.questionCount)
        head.count(bank.topicCounts.count)
        for area in bank.topicCounts {
            head.string(area.domain)
            head.string(area.topic)
            head.count(area.count)
        }

        let questionBytes = encodeQuestions(bank.questions)
        let headBytes = head.section()
        var digest = Digest128()
        questionBytes.withUnsafeBytes { digest.combine($0) }
        var out = magic + key
        withUnsafeBytes(of: UInt64(headBytes.count).littleEndian) { out += $0 }
        out += headBytes
        withUnsafeBytes(of: UInt64(questionBytes.count).littleEndian) { out += $0 }
        out += digest.bytes
        out += questionBytes
        return out
    }

    /// Strings stored once each, in one block, with an index of where each one lies.
    struct TextWriter {
        var bytes: [UInt8] = []
        var index: [UInt8] = []
        var numbers: [String: UInt32] = [:]

        mutating func number(_ value: String) -> UInt32 {
            if let number = numbers[value] { return number }
            let number = UInt32(numbers.count)
            numbers[value] = number
            let utf8 = Array(value.utf8)
            withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { index += $0 }
            withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { index += $0 }
            bytes += utf8
            return number
        }
    }

    /// The questions section: the short fields of every question (read at load), then the long
    /// texts as a string index, the string bytes and one record per question (read on demand).
    static func encodeQuestions(_ questions: [Question]) -> [UInt8] {
        var meta = Writer()
        var text = TextWriter()
        var records: [UInt8] = []
        func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { records += $0 } }
        meta.count(questions.count)
        for q in questions {
            meta.string(q.id)
            meta.string(q.domain)
            meta.string(q.topic)
            meta.int(q.difficulty)
            if let asOf = q.asOf { meta.u8(1); meta.int(asOf) } else { meta.u8(0) }
            meta.bool(q.shuffle)
            meta.count(q.tags.count)
            for tag in q.tags { meta.string(tag) }
            meta.location(q.location)
            meta.u32(UInt32(records.count))
            u32(text.number(q.stem))
            u32(text.number(q.explanation))
            u32(text.number(q.reference))
            u32(UInt32(q.choices.count))
            for choice in q.choices {
                u32(text.number(choice.text))
                records.append(choice.isCorrect ? 1 : 0)
                u32(choice.feedback.map { text.number($0) } ?? UInt32.max)
            }
        }
        var out: [UInt8] = []
        let metaBytes = meta.section()
        withUnsafeBytes(of: UInt64(metaBytes.count).littleEndian) { out += $0 }
        out += metaBytes
        withUnsafeBytes(of: UInt32(text.numbers.count).littleEndian) { out += $0 }
        out += text.index
        withUnsafeBytes(of: UInt64(text.bytes.count).littleEndian) { out += $0 }
        out += text.bytes
        withUnsafeBytes(of: UInt64(records.count).littleEndian) { out += $0 }
        out += records
        return out
    }

    // MARK: reading

    /// Thrown inside decoding when an entry is damaged; turned into nil by ``decode(_:key:)``.
    struct Damaged: Error {}

    struct Reader {
        let base: UnsafeRawBufferPointer
        var offset: Int
        var strings: [String] = []
        /// Pages to give back as the reading moves on (for a mapped file read once).
        var pages: MappedPages?

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

        /// A 64-bit section length, refused when longer than what is left.
        mutating func length() throws -> Int {
            let n = try u64()
            guard n <= UInt64(base.count - offset) else { throw Damaged() }
            return Int(n)
        }
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
                pages?.release(upTo: offset)
            }
        }
    }

    /// Where an entry's questions section lies, once its head has been read.
    struct QuestionsSection: Sendable {
        let data: Data
        let offset: Int
        let length: Int
        let digest: [UInt8]
        /// True when `data` maps the entry's file, so read pages can be given back.
        var isMapped = false
    }

    /// The head stored in `data` and where its questions are, or nil if it is not a complete entry for `key`.
    static func decodeHead(_ data: Data, key: [UInt8]) -> (head: Head, questions: QuestionsSection)? {
        data.withUnsafeBytes { raw -> (Head, QuestionsSection)? in
            var r = Reader(base: raw, offset: 0)
            do {
                guard Array(try r.take(magic.count)) == magic, Array(try r.take(key.count)) == key else { return nil }
                let headLength = try r.length()
                var head = Reader(base: try r.take(headLength), offset: 0)
                try head.readStrings()
                let decoded = try decodeHead(&head)
                let questionsLength = try r.length()
                let digest = Array(try r.take(16))
                guard questionsLength == raw.count - r.offset else { throw Damaged() }
                return (decoded, QuestionsSection(data: data, offset: r.offset, length: questionsLength, digest: digest))
            } catch {
                return nil
            }
        }
    }

    /// The questions of a section, or nil when its bytes do not match their digest or do not decode.
    static func decodeQuestions(_ section: QuestionsSection) -> [Question]? {
        section.data.withUnsafeBytes { raw -> [Question]? in
            guard section.offset >= 0, section.offset + section.length <= raw.count else { return nil }
            let bytes = UnsafeRawBufferPointer(rebasing: raw[section.offset..<(section.offset + section.length)])
            // Only this file's own mapping may be given back page by page (not a copy in memory).
            var pages = section.isMapped ? MappedPages(bytes) : nil
            var digest = Digest128()
            var offset = 0
            while offset < bytes.count {
                let end = min(bytes.count, offset + MappedPages.step)
                digest.combine(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
                pages?.release(upTo: end)
                offset = end
            }
            guard digest.bytes == section.digest else { return nil }
            var r = Reader(base: bytes, offset: 0)
            do {
                let metaLength = try r.length()
                var meta = Reader(base: try r.take(metaLength), offset: 0)
                let stringCount = Int(try r.u32())
                let indexOffset = r.offset
                _ = try r.take(stringCount * 8)
                let bytesLength = try r.length()
                let bytesOffset = r.offset
                _ = try r.take(bytesLength)
                let recordsLength = try r.length()
                let recordsOffset = r.offset
                _ = try r.take(recordsLength)
                guard r.offset == r.base.count else { return nil }
                let store = QuestionTextStore(
                    data: section.data, indexOffset: section.offset + indexOffset, stringCount: stringCount,
                    bytesOffset: section.offset + bytesOffset, bytesLength: bytesLength,
                    recordsOffset: section.offset + recordsOffset, recordsLength: recordsLength)
                try meta.readStrings()
                let questions = try decodeQuestions(&meta, store: store)
                guard meta.offset == meta.base.count else { return nil }
                return questions
            } catch {
                return nil
            }
        }
    }

    /// An entry's head: all of the load result but the questions.
    struct Head {
        var hash: UInt64
        var domains: [Domain]
        var blueprints: [Blueprint]
        var diagnostics: [Diagnostic]
        var questionCount: Int
        var topicCounts: [TopicCount]
    }

    static func decodeHead(_ r: inout Reader) throws -> Head {
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
        let questionCount = Int(try r.u32())
        var topicCounts: [TopicCount] = []
        for _ in 0..<(try r.count()) {
            topicCounts.append(TopicCount(domain: try r.string(), topic: try r.string(), count: Int(try r.u32())))
        }
        guard r.offset == r.base.count, topicCounts.reduce(0, { $0 + $1.count }) == questionCount else { throw Damaged() }
        return Head(hash: hashValue, domains: domains, blueprints: blueprints, diagnostics: diagnostics,
                    questionCount: questionCount, topicCounts: topicCounts)
    }

    static func decodeQuestions(_ r: inout Reader, store: QuestionTextStore) throws -> [Question] {
        let questionCount = try r.count()
        var questions: [Question] = []
        questions.reserveCapacity(questionCount)
        for _ in 0..<questionCount {
            let id = try r.string(), domain = try r.string(), topic = try r.string()
            let difficulty = try r.int()
            let asOf: Int? = try r.u8() == 0 ? nil : try r.int()
            let shuffle = try r.bool()
            var tags: [String] = []
            for _ in 0..<(try r.count()) { tags.append(try r.string()) }
            let location = try r.location()
            let record = Int(try r.u32())
            guard record < store.recordsLength else { throw Damaged() }
            questions.append(Question(id: id, domain: domain, topic: topic, difficulty: difficulty, asOf: asOf, shuffle: shuffle,
                                      tags: tags, location: location, store: store, record: record))
        }
        return questions
    }
}
