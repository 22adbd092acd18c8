@testable import QuestionBank
import Testing

@Suite("Question text sections")
struct QuestionTextSectionTests {
    /// Questions with repeated short texts, feedback, an empty reference and non-ASCII text.
    static let questions: [Question] = (0..<6).map { n in
        Question(
            id: "q-\(n)", domain: "alpha", topic: "Topic", difficulty: 1,
            stem: "Stem \(n): which rule applies to the café's records? " + String(repeating: "words ", count: n * 3),
            choices: [
                Choice(text: "All of the above", isCorrect: n % 2 == 0),
                Choice(text: "Choice \(n % 3)", isCorrect: n % 2 == 1, feedback: n % 3 == 0 ? "Because \(n)." : nil),
                Choice(text: "Ünïcode choice \(n)"),
            ],
            explanation: n == 4 ? "" : "Explanation \(n), long enough to be stored on its own in every section.",
            reference: n == 5 ? "" : "Rule \(n % 2)")
    }

    func readBack(_ section: QuestionTextSection, _ records: [UInt32]) -> [QuestionText.Held] {
        let store = section.packed()
        return records.map { store.texts(Int($0)) }
    }

    @Test("texts read back from a packed section equal what was added, whether short texts are shared or not")
    func heldRoundTrip() {
        let held = Self.questions.map(\.texts)
        for (length, limit) in [(0, 4_096), (64, 4_096), (64, 2)] {
            var section = QuestionTextSection(sharedLength: length, questions: held.count, sharedLimit: limit)
            let records = held.map { section.add($0) }
            #expect(readBack(section, records) == held)
            if length == 64 && limit > 2 {
                // "All of the above" and the short references are stored once.
                #expect(section.texts.count < held.reduce(0) { $0 + 3 + $1.choices.count + $1.choices.compactMap(\.feedback).count })
            }
        }
    }

    @Test("texts copied from another store as bytes read back the same as texts added as strings")
    func storedRoundTrip() {
        var first = QuestionTextSection(sharedLength: 0, questions: Self.questions.count)
        let records = Self.questions.map { first.add($0.texts) }
        let store = first.packed()
        let stored = zip(Self.questions, records).map { q, record in
            Question(id: q.id, domain: q.domain, topic: q.topic, difficulty: q.difficulty, asOf: nil, shuffle: true, tags: [],
                     location: nil, store: store, record: Int(record))
        }
        #expect(stored.allSatisfy { $0.storedText != nil })
        var copied = QuestionTextSection(sharedLength: 64, questions: stored.count, sharedLimit: 3)
        let copiedRecords = stored.map { copied.add($0) }
        #expect(copied.stores.count == 1)
        #expect(readBack(copied, copiedRecords) == Self.questions.map(\.texts))
    }
}
