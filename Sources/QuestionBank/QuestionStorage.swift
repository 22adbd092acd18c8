import Foundation

/// A bank's questions and their index by id, ready or being decoded on another thread.
///
/// Decoding 10,000 cached questions takes tens of milliseconds, most of it building strings;
/// starting it on a second core while the first screen is prepared keeps it off the start-up
/// path. Readers that arrive early wait on the condition; once loaded, reads take the lock only
/// briefly.
final class QuestionStorage: @unchecked Sendable {
    struct Loaded {
        var questions: [Question]
        var index: [String: Int]
    }

    private let condition = NSCondition()
    private var value: Loaded?

    init(questions: [Question]) {
        value = Self.indexed(questions)
    }

    init(decode: @escaping @Sendable () -> [Question]) {
        Thread.detachNewThread { [self] in
            let loaded = Self.indexed(decode())
            condition.lock()
            value = loaded
            condition.broadcast()
            condition.unlock()
        }
    }

    var loaded: Loaded {
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value!
    }

    /// The questions with the position of each id (the first, when an id repeats).
    static func indexed(_ questions: [Question]) -> Loaded {
        var index: [String: Int] = [:]
        index.reserveCapacity(questions.count)
        for offset in questions.indices where index[questions[offset].id] == nil {
            index[questions[offset].id] = offset
        }
        return Loaded(questions: questions, index: index)
    }
}
