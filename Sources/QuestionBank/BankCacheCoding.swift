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

        /// A string known to occur once (a question's id in a validated bank): added to the
        /// table without being looked up, so the lookup table holds only the strings that repeat.
        mutating func uniqueString(_ value: String) {
            u32(UInt32(strings.count))
            strings.append(value)
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
            out.reserveCapacity(4 + strings.reduce(0) { $0 + 4 + $1.utf8.count } + body.count)
            withUnsafeBytes(of: UInt32(strings.count).littleEndian) { out.append(contentsOf: $0) }
            for string in strings {
                withUnsafeBytes(of: UInt32(string.utf8.count).littleEndian) { out.append(contentsOf: $0) }
                out.append(contentsOf: string.utf8)
            }
            out += body
            return out
        }
    }

    /// Writes the entry for `result` under `key` to a new file at `path`; false when any of it
    /// could not be written.
    static func write(_ result: BankLoadResult, key: [UInt8], to path: String) -> Bool {
        let head = encodeHead(result).section()
        let questions = QuestionsWriter(result.bank.questions)
        guard var output = EntryOutput(path: path) else { return false }
        output.append(magic)
        output.append(key)
        output.appendU64(head.count)
        output.append(head)
        // The questions' length and digest are known once they are written: left blank till then.
        let blank = output.position
        output.append([UInt8](repeating: 0, count: 8 + 16))
        output.startDigest()
        questions.write(to: &output)
        let (digest, length) = output.finishDigest()
        var lengthAndDigest: [UInt8] = []
        withUnsafeBytes(of: UInt64(length).littleEndian) { lengthAndDigest += $0 }
        output.overwrite(lengthAndDigest + digest, at: blank)
        return output.close()
    }

    /// The head section's records: domains, blueprints, diagnostics, questions per topic.
    static func encodeHead(_ result: BankLoadResult) -> Writer {
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
        return head
    }

    /// The questions section, laid out before any of it is written: the short fields of every
    /// question (read at load), then the long texts as a string index, the string bytes and one
    /// record per question (read on demand).
    ///
    /// Texts are kept as the strings themselves and copied once, into the output. Only short
    /// ones are looked up to be stored once: those repeat in practice (a reference, "All of the
    /// above"), while looking every stem and explanation up cost more than writing it, and the
    /// table outgrew the processor's caches at 100,000 questions.
    struct QuestionsWriter {
        static let sharedLength = 64
        var meta = Writer()
        var section: QuestionTextSection

        init(_ questions: [Question]) {
            section = QuestionTextSection(sharedLength: Self.sharedLength, questions: questions.count)
            meta.count(questions.count)
            for q in questions {
                // The validator keeps one question per id.
                meta.uniqueString(q.id)
                meta.string(q.domain)
                meta.string(q.topic)
                meta.int(q.difficulty)
                if let asOf = q.asOf { meta.u8(1); meta.int(asOf) } else { meta.u8(0) }
                meta.bool(q.shuffle)
                meta.count(q.tags.count)
                for tag in q.tags { meta.string(tag) }
                meta.location(q.location)
                meta.u32(section.add(q))
            }
        }

        func write(to output: inout EntryOutput) {
            let metaBytes = meta.section()
            output.appendU64(metaBytes.count)
            output.append(metaBytes)
            output.appendU32(UInt32(section.texts.count))
            output.append(section.index)
            output.appendU64(section.textLength)
            section.forEachText { output.append($0) }
            output.appendU64(section.records.count)
            output.append(section.records)
        }
    }
}
