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
    /// The most short texts remembered for sharing. Those that repeat (a reference, "All of the
    /// above") come up early and often; a table of every short text, most of them unique, grew
    /// past the processor's caches and made each lookup slower as the bank grew.
    let sharedLimit: Int
    /// Where a string's bytes are until the section is written: the string itself, or bytes
    /// of a store (``stores``) that they are copied from as they are.
    enum Piece {
        case string(String)
        case stored(store: Int, offset: Int, length: Int)
    }

    private(set) var index: [UInt8] = []
    /// The strings in index order.
    private(set) var texts: [Piece] = []
    /// The stores that stored texts are copied from, in the order met (a bank's questions come
    /// file by file, so each store is listed once).
    private(set) var stores: [QuestionTextStore] = []
    private(set) var textLength = 0
    private var shared: [String: UInt32] = [:]
    private(set) var records: [UInt8] = []

    /// A section for about `questions` questions.
    init(sharedLength: Int, questions: Int, sharedLimit: Int = 4_096) {
        self.sharedLength = sharedLength
        self.sharedLimit = sharedLimit
        // Four choices is the usual question: seven texts, about 56 bytes of record.
        index.reserveCapacity(questions * 7 * 8)
        texts.reserveCapacity(questions * 7)
        records.reserveCapacity(questions * 56)
    }

    /// Adds one question's texts, where its record starts in the records: copied from its
    /// store as they are when it has one, so that no text is decoded.
    mutating func add(_ question: Question) -> UInt32 {
        guard let (store, place) = question.storedText else { return add(question.texts) }
        if stores.last !== store { stores.append(store) }
        let storeNumber = stores.count - 1
        let fields = store.fields(place, string: { bytes, offset in
            number(bytes, at: offset, in: storeNumber, bytesOffset: store.bytesOffset)
        }, choice: { (text: $0, isCorrect: $1, feedback: $2) })
        return record(stem: fields.stem, explanation: fields.explanation, reference: fields.reference, choices: fields.choices)
    }

    /// Adds one question's texts; where its record starts in the records.
    mutating func add(_ held: QuestionText.Held) -> UInt32 {
        let stem = number(held.stem), explanation = number(held.explanation), reference = number(held.reference)
        let choices = held.choices.map { (text: number($0.text), isCorrect: $0.isCorrect, feedback: $0.feedback.map { number($0) }) }
        return record(stem: stem, explanation: explanation, reference: reference, choices: choices)
    }

    /// Appends one question's record (its strings by number); where it starts in the records.
    private mutating func record(stem: UInt32, explanation: UInt32, reference: UInt32,
                                 choices: [(text: UInt32, isCorrect: Bool, feedback: UInt32?)]) -> UInt32 {
        let start = UInt32(records.count)
        field(stem)
        field(explanation)
        field(reference)
        field(UInt32(choices.count))
        for choice in choices {
            field(choice.text)
            records.append(choice.isCorrect ? 1 : 0)
            field(choice.feedback ?? UInt32.max)
        }
        return start
    }

    private mutating func field(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { records += $0 }
    }

    /// The number of `value` in the string index, adding it unless it is a short one seen before.
    private mutating func number(_ value: String) -> UInt32 {
        let length = value.utf8.count
        if length <= sharedLength, let number = shared(value) { return number }
        return append(.string(value), length: length)
    }

    /// The number of a store's string (its `bytes`, `offset` bytes into the store's string
    /// bytes), adding it unless it is a short one seen before.
    private mutating func number(_ bytes: UnsafeRawBufferPointer, at offset: Int, in store: Int, bytesOffset: Int) -> UInt32 {
        if bytes.count <= sharedLength, let number = shared(String(decoding: bytes, as: UTF8.self)) { return number }
        return append(.stored(store: store, offset: bytesOffset + offset, length: bytes.count), length: bytes.count)
    }

    /// The number of a short text seen before; nil for a new one, remembered (while there is
    /// room) as the string about to be added.
    private mutating func shared(_ value: String) -> UInt32? {
        if let number = shared[value] { return number }
        if shared.count < sharedLimit { shared[value] = UInt32(texts.count) }
        return nil
    }

    private mutating func append(_ piece: Piece, length: Int) -> UInt32 {
        withUnsafeBytes(of: UInt32(textLength).littleEndian) { index += $0 }
        withUnsafeBytes(of: UInt32(length).littleEndian) { index += $0 }
        texts.append(piece)
        textLength += length
        return UInt32(texts.count - 1)
    }

    /// Hands every string's bytes to `body`, in index order.
    func forEachText(_ body: (UnsafeRawBufferPointer) -> Void) {
        for piece in texts {
            switch piece {
            case .string(var text):
                text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
            case .stored(let store, let offset, let length):
                stores[store].data.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + length)])) }
            }
        }
    }

    /// A store in memory holding the whole section in one buffer.
    ///
    /// One allocation for all of a file's texts, where each text held as a string of its own
    /// is one or two: the allocator then keeps a few blocks per file for the whole load instead
    /// of thousands, and the files parsed later are not slowed by them (see docs/DECISIONS.md).
    func packed() -> QuestionTextStore {
        var data = Data(capacity: index.count + textLength + records.count)
        data.append(contentsOf: index)
        forEachText { data.append(contentsOf: $0) }
        data.append(contentsOf: records)
        return QuestionTextStore(
            data: data, indexOffset: 0, stringCount: texts.count, bytesOffset: index.count, bytesLength: textLength,
            recordsOffset: index.count + textLength, recordsLength: records.count)
    }
}
