import Foundation

/// Lays question texts out as ``QuestionTextStore`` reads them: a string index (offset and
/// length of each string), the string bytes, and one record per question naming its strings.
///
/// Used twice: by the cache writer, which streams the section into an entry, and by the parser,
/// which packs each bank file's texts into one store in memory (``packed()``).
struct QuestionTextSection {
    /// Texts up to this many bytes are stored once however often they occur; 0 stores every
    /// text where it occurs.
    let sharedLength: Int
    private(set) var index: [UInt8] = []
    /// The strings in index order, kept as they are until the section is written.
    private(set) var texts: [String] = []
    private(set) var textLength = 0
    private var shared: [String: UInt32] = [:]
    private(set) var records: [UInt8] = []

    /// A section for about `questions` questions.
    init(sharedLength: Int, questions: Int) {
        self.sharedLength = sharedLength
        // Four choices is the usual question: seven texts, about 56 bytes of record.
        index.reserveCapacity(questions * 7 * 8)
        texts.reserveCapacity(questions * 7)
        records.reserveCapacity(questions * 56)
    }

    /// Adds one question's texts; where its record starts in the records.
    mutating func add(_ held: QuestionText.Held) -> UInt32 {
        let start = UInt32(records.count)
        record(number(held.stem))
        record(number(held.explanation))
        record(number(held.reference))
        record(UInt32(held.choices.count))
        for choice in held.choices {
            record(number(choice.text))
            records.append(choice.isCorrect ? 1 : 0)
            record(choice.feedback.map { number($0) } ?? UInt32.max)
        }
        return start
    }

    private mutating func record(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { records += $0 }
    }

    /// The number of `value` in the string index, adding it unless it is a short one seen before.
    private mutating func number(_ value: String) -> UInt32 {
        let length = value.utf8.count
        let next = UInt32(texts.count)
        if length <= sharedLength {
            if let number = shared[value] { return number }
            shared[value] = next
        }
        withUnsafeBytes(of: UInt32(textLength).littleEndian) { index += $0 }
        withUnsafeBytes(of: UInt32(length).littleEndian) { index += $0 }
        texts.append(value)
        textLength += length
        return next
    }

    /// A store in memory holding the whole section in one buffer.
    ///
    /// One allocation for all of a file's texts, where each text held as a string of its own
    /// is one or two: the allocator then keeps a few blocks per file for the whole load instead
    /// of thousands, and the files parsed later are not slowed by them (see docs/DECISIONS.md).
    func packed() -> QuestionTextStore {
        var data = Data(capacity: index.count + textLength + records.count)
        data.append(contentsOf: index)
        for text in texts {
            var text = text
            text.withUTF8 { data.append($0) }
        }
        data.append(contentsOf: records)
        return QuestionTextStore(
            data: data, indexOffset: 0, stringCount: texts.count, bytesOffset: index.count, bytesLength: textLength,
            recordsOffset: index.count + textLength, recordsLength: records.count)
    }
}
