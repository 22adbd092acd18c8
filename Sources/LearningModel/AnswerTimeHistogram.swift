/// The learner's answer times so far, to a tenth of a second, with their median at any moment.
///
/// A review's rating compares its time with the median of the answers before it (see
/// ``ReviewReplay``). Keeping the times as counts per tenth of a second makes that median exact
/// for the rounded times, costs O(log n) per answer (a Fenwick tree over the buckets), and lets a
/// saved state be carried forward: the sparse counts are what a store keeps.
public struct AnswerTimeHistogram: Sendable, Equatable {
    /// Buckets of 0.1 s; a time of an hour or more counts in the last one.
    public static let bucketCount = 36_000
    /// Bucket counts as a Fenwick tree (1-based), for the k-th smallest time in O(log n).
    private var tree: [Int32]
    /// Plain counts per bucket, kept beside the tree so the sparse form is cheap to write.
    private var counts: [Int32]
    /// Positive times counted so far.
    public private(set) var total = 0

    public init() {
        tree = []
        counts = []
    }

    /// A histogram holding `pairs` of (bucket, count), as ``sparse`` writes them; nil when damaged.
    public init?(sparse pairs: [(bucket: Int, count: Int)]) {
        self.init()
        for (bucket, count) in pairs {
            guard (0..<Self.bucketCount).contains(bucket), count > 0, count <= Int(Int32.max) else { return nil }
            add(bucket: bucket, count: count)
        }
    }

    /// The non-empty buckets, in order.
    public var sparse: [(bucket: Int, count: Int)] {
        counts.enumerated().compactMap { $0.element > 0 ? ($0.offset, Int($0.element)) : nil }
    }

    /// The bucket a time falls in; nil for no time (zero or less, or not a number).
    public static func bucket(for seconds: Double) -> Int? {
        guard seconds > 0, seconds.isFinite else { return seconds == .infinity ? bucketCount - 1 : nil }
        return min(bucketCount - 1, max(1, Int((seconds * 10).rounded())))
    }

    /// Counts one answer's time (times of zero are not counted, as before an answer is timed).
    public mutating func add(_ seconds: Double) {
        guard let bucket = Self.bucket(for: seconds) else { return }
        add(bucket: bucket, count: 1)
    }

    private mutating func add(bucket: Int, count: Int) {
        if tree.isEmpty {
            tree = Array(repeating: 0, count: Self.bucketCount + 1)
            counts = Array(repeating: 0, count: Self.bucketCount)
        }
        counts[bucket] += Int32(count)
        total += count
        var index = bucket + 1
        while index <= Self.bucketCount {
            tree[index] += Int32(count)
            index += index & -index
        }
    }

    /// The median of the counted times in seconds (the mean of the middle two for an even count); 0 when empty.
    public var median: Double {
        guard total > 0 else { return 0 }
        if total % 2 == 1 { return value(rank: (total + 1) / 2) }
        return (value(rank: total / 2) + value(rank: total / 2 + 1)) / 2
    }

    /// The `rank`-th smallest time (1-based), in seconds.
    private func value(rank: Int) -> Double {
        // Fenwick descent: the largest prefix holding fewer than `rank` times ends just before it.
        var position = 0
        var remaining = rank
        var step = 1 << (Int.bitWidth - (Self.bucketCount).leadingZeroBitCount - 1)
        while step > 0 {
            let next = position + step
            if next <= Self.bucketCount, Int(tree[next]) < remaining {
                position = next
                remaining -= Int(tree[next])
            }
            step >>= 1
        }
        return Double(position) / 10
    }

    public static func == (lhs: AnswerTimeHistogram, rhs: AnswerTimeHistogram) -> Bool {
        lhs.total == rhs.total && lhs.sparse.elementsEqual(rhs.sparse) { $0.bucket == $1.bucket && $0.count == $1.count }
    }
}
