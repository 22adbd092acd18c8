import Foundation

/// A question's long texts: held in the value, or a record number in a cache entry.
enum QuestionText: Sendable {
    struct Held: Sendable, Hashable {
        var stem: String
        var choices: [Choice]
        var explanation: String
        var reference: String
    }

    case held(Held)
    case stored(QuestionTextStore, record: Int)

    /// The texts, read from the store when they are not held.
    var held: Held {
        switch self {
        case .held(let held): held
        case .stored(let store, let record): store.texts(record)
        }
    }

    /// Changes a text; a stored question then holds all its texts itself.
    mutating func update(_ change: (inout Held) -> Void) {
        var texts = held
        change(&texts)
        self = .held(texts)
    }
}

/// The texts section of a cache entry, read in place: strings by number, and one record per
/// question naming its strings (see ``BankCacheCoding``).
///
/// The entry's bytes were checked against their digest before any question refers to this
/// store, so reads only guard against programming errors: a bad number gives an empty text.
final class QuestionTextStore: Sendable {
    /// The mapped entry (its pages are read from the file as they are touched).
    let data: Data
    /// Where the string index, the string bytes and the records start in `data`.
    let indexOffset: Int
    let stringCount: Int
    let bytesOffset: Int
    let bytesLength: Int
    let recordsOffset: Int
    let recordsLength: Int

    init(data: Data, indexOffset: Int, stringCount: Int, bytesOffset: Int, bytesLength: Int, recordsOffset: Int, recordsLength: Int) {
        self.data = data
        self.indexOffset = indexOffset
        self.stringCount = stringCount
        self.bytesOffset = bytesOffset
        self.bytesLength = bytesLength
        self.recordsOffset = recordsOffset
        self.recordsLength = recordsLength
    }

    /// The texts of the record that starts `record` bytes into the records.
    func texts(_ record: Int) -> QuestionText.Held {
        let fields = fields(record, string: { bytes, _ in String(decoding: bytes, as: UTF8.self) },
                            choice: { Choice(text: $0, isCorrect: $1, feedback: $2) })
        return QuestionText.Held(stem: fields.stem, choices: fields.choices, explanation: fields.explanation, reference: fields.reference)
    }

    /// One record's fields, each string handed to `string` as its bytes and their offset in
    /// the string bytes (decoded for a reader, copied as they are by the cache writer), and each
    /// choice built by `choice` from its text, whether it is correct, and its feedback.
    func fields<Text, Option>(_ record: Int, string: (UnsafeRawBufferPointer, Int) -> Text, choice: (Text, Bool, Text?) -> Option)
        -> (stem: Text, explanation: Text, reference: Text, choices: [Option]) {
        data.withUnsafeBytes { raw in
            var cursor = record
            func u32() -> UInt32 {
                guard cursor >= 0, cursor + 4 <= recordsLength else { return UInt32.max }
                defer { cursor += 4 }
                return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: recordsOffset + cursor, as: UInt32.self))
            }
            func u8() -> UInt8 {
                guard cursor >= 0, cursor < recordsLength else { return 0 }
                defer { cursor += 1 }
                return raw[recordsOffset + cursor]
            }
            func text(_ number: UInt32) -> Text {
                let n = Int(number)
                var offset = 0, length = 0
                if n < stringCount {
                    let entry = indexOffset + n * 8
                    offset = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: entry, as: UInt32.self)))
                    length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: entry + 4, as: UInt32.self)))
                    if offset + length > bytesLength { (offset, length) = (0, 0) }
                }
                return string(UnsafeRawBufferPointer(rebasing: raw[(bytesOffset + offset)..<(bytesOffset + offset + length)]), offset)
            }
            let stem = text(u32()), explanation = text(u32()), reference = text(u32())
            let count = min(Int(u32()), 64)
            var choices: [Option] = []
            choices.reserveCapacity(count)
            for _ in 0..<count {
                let body = text(u32())
                let isCorrect = u8() != 0
                let feedback = u32()
                choices.append(choice(body, isCorrect, feedback == UInt32.max ? nil : text(feedback)))
            }
            return (stem, explanation, reference, choices)
        }
    }
}
