import Foundation

/// A bank's questions and their index by id: ready, or decoded when first needed.
///
/// Decoding 10,000 cached questions takes about ten milliseconds; nothing on the home screen
/// needs them, so a bank read from the cache decodes them on another thread once the first
/// screen is up (``Bank/prefetchQuestions()``), or on the spot if something asks first. Readers
/// that arrive while another thread decodes wait on the condition.
final class QuestionStorage: @unchecked Sendable {
    struct Loaded {
        var questions: [Question]
        var index: [String: Int]
    }

    private let condition = NSCondition()
    private var value: Loaded?
    /// The work that produces the questions, until some thread takes it on.
    private var decode: (@Sendable () -> [Question])?

    init(questions: [Question]) {
        value = Self.indexed(questions)
    }

    init(decode: @escaping @Sendable () -> [Question]) {
        self.decode = decode
    }

    /// Starts the decoding on another thread, unless it is done or under way.
    func prefetch() {
        guard let work = take() else { return }
        Thread.detachNewThread { [self] in finish(work) }
    }

    var loaded: Loaded {
        if let work = take() { finish(work) }
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value!
    }

    /// The decoding work if nobody has taken it yet.
    private func take() -> (@Sendable () -> [Question])? {
        condition.lock()
        defer { condition.unlock() }
        let work = decode
        decode = nil
        return work
    }

    private func finish(_ work: @Sendable () -> [Question]) {
        let loaded = Self.indexed(work())
        condition.lock()
        value = loaded
        condition.broadcast()
        condition.unlock()
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
