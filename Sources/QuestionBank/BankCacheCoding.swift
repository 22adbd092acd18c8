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
}
