import Foundation

/// Reading a cache entry back: every read is bounds-checked, and a damaged head decodes to nil.
extension BankCacheCoding {
    /// Thrown inside decoding when an entry is damaged; turned into nil by ``decodeHead(_:key:)`` and ``decodeQuestions(_:)``.
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
