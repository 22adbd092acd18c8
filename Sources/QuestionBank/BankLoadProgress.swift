import Synchronization

/// How far a bank load has got, for a progress line while it runs; read from any thread.
///
/// The load sets the stage and counts the files as the workers finish them; a reader polls.
public final class BankLoadProgress: Sendable {
    /// What the load is doing.
    public enum Stage: Int, Sendable {
        case reading, parsing, checking, caching, done
    }

    private let stageValue = Atomic<Int>(Stage.reading.rawValue)
    private let total = Atomic<Int>(0)
    private let parsed = Atomic<Int>(0)

    public init() {}

    public var stage: Stage { Stage(rawValue: stageValue.load(ordering: .relaxed)) ?? .done }
    /// Files to parse (known once they have all been read).
    public var filesTotal: Int { total.load(ordering: .relaxed) }
    /// Files parsed so far.
    public var filesParsed: Int { parsed.load(ordering: .relaxed) }

    func enter(_ stage: Stage) {
        stageValue.store(stage.rawValue, ordering: .relaxed)
    }

    func startParsing(files: Int) {
        total.store(files, ordering: .relaxed)
        parsed.store(0, ordering: .relaxed)
        enter(.parsing)
    }

    func fileParsed() {
        parsed.add(1, ordering: .relaxed)
    }
}
