import Dispatch

/// Runs independent pieces of a load on every core and returns their results in input order.
///
/// Each index is computed exactly once and its result lands in its own slot, so the caller
/// merges results (and their diagnostics) in the same order as a sequential loop would: a
/// parallel load gives exactly the sequential result.
enum ParallelMap {
    /// Set to compute on the calling thread only (tests compare both ways).
    @TaskLocal static var sequential = false

    /// `body(0) ... body(count - 1)`, computed concurrently, in index order.
    static func map<Result>(_ count: Int, _ body: (Int) -> Result) -> [Result] {
        guard count > 1, !sequential else { return (0..<count).map(body) }
        let slots = Slots<Result>(count: count)
        defer { slots.release() }
        withoutActuallyEscaping(body) { body in
            let work = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.store(work.value(index), at: index)
            }
        }
        return slots.results()
    }

    /// One slot per index, each written by exactly one iteration before any is read.
    private final class Slots<Result>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        func store(_ result: Result, at index: Int) { buffer[index] = result }

        func results() -> [Result] { buffer.map { $0! } }

        func release() {
            buffer.deinitialize()
            buffer.deallocate()
        }
    }

    /// Hands a closure that only reads shared state (or writes its own slot) to the workers.
    private struct UncheckedBox<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
