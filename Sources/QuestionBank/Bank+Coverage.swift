/// How well the loaded questions cover blueprints: pools per share and full exams available.
extension Bank {
    /// Bank domain ids whose questions may fill the share `key` of `blueprint`.
    public func domains(feeding key: String, of blueprint: Blueprint) -> [String] {
        guard let outline = blueprint.outline else {
            return domains.contains { $0.id == key } ? [key] : []
        }
        return domains.filter { $0.outlines[outline]?.contains(key) == true }.map(\.id)
    }

    /// Share keys of a blueprint that name nothing the banks declare (an authoring error).
    public func unknownWeightKeys(of blueprint: Blueprint) -> [String] {
        blueprint.weights.map(\.key).filter { domains(feeding: $0, of: blueprint).isEmpty }
    }

    /// Number of questions per bank domain.
    public func questionCountsByDomain() -> [String: Int] {
        var counts: [String: Int] = [:]
        for area in topicCounts { counts[area.domain, default: 0] += area.count }
        return counts
    }

    /// How many complete exams of `blueprint` the banks can supply with no question used twice.
    ///
    /// A bank domain may feed several shares (a domain mapped to two outline domains), so this
    /// is a small flow problem: the largest k for which every share gets k × its count.
    public func fullExamCount(for blueprint: Blueprint) -> Int {
        let allocation = blueprint.allocation().filter { $0.count > 0 }
        guard !allocation.isEmpty else { return 0 }
        let perDomain = questionCountsByDomain()
        let domainIDs = domains.map(\.id)
        let feeds = allocation.map { Set(domains(feeding: $0.key, of: blueprint)) }
        func feasible(_ k: Int) -> Bool {
            // Nodes: 0 source, 1...D domains, D+1...D+S shares, last sink.
            let d = domainIDs.count, s = allocation.count, sink = d + s + 1
            var capacity = [[Int]](repeating: [Int](repeating: 0, count: sink + 1), count: sink + 1)
            for (i, id) in domainIDs.enumerated() {
                capacity[0][1 + i] = perDomain[id, default: 0]
                for (j, feed) in feeds.enumerated() where feed.contains(id) {
                    capacity[1 + i][d + 1 + j] = Int.max / 4
                }
            }
            for (j, share) in allocation.enumerated() { capacity[d + 1 + j][sink] = share.count * k }
            return MaxFlow.value(capacity: capacity, source: 0, sink: sink) == blueprint.questionCount * k
        }
        var low = 0, high = max(0, questionCount / max(1, blueprint.questionCount))
        while low < high {
            let mid = (low + high + 1) / 2
            if feasible(mid) { low = mid } else { high = mid - 1 }
        }
        return low
    }
}

/// Edmonds–Karp maximum flow on a small dense graph (a few dozen nodes at most).
enum MaxFlow {
    static func value(capacity: [[Int]], source: Int, sink: Int) -> Int {
        var residual = capacity
        let n = residual.count
        var total = 0
        while true {
            var parent = [Int](repeating: -1, count: n)
            parent[source] = source
            var queue = [source], head = 0
            while head < queue.count, parent[sink] == -1 {
                let u = queue[head]; head += 1
                for v in 0..<n where parent[v] == -1 && residual[u][v] > 0 {
                    parent[v] = u
                    queue.append(v)
                }
            }
            guard parent[sink] != -1 else { return total }
            var bottleneck = Int.max, v = sink
            while v != source { bottleneck = min(bottleneck, residual[parent[v]][v]); v = parent[v] }
            v = sink
            while v != source {
                residual[parent[v]][v] -= bottleneck
                residual[v][parent[v]] += bottleneck
                v = parent[v]
            }
            total += bottleneck
        }
    }
}
