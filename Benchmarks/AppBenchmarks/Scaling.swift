import Foundation

extension Report {
    /// The leading number of a size label ("100000 answers" → 100000).
    static func leadingNumber(_ label: String) -> Double? {
        Double(label.prefix { $0.isNumber })
    }

    /// The size a label stands for: its leading number, plus the shipped questions for a
    /// generated set loaded with them ("1000 + shipped" is 1,624 questions, not 1,000).
    func size(_ label: String) -> Double? {
        guard let number = Report.leadingNumber(label) else { return nil }
        let withShipped = label.hasPrefix("\(Int(number)) + shipped") || label.hasPrefix("\(Int(number)) questions + shipped")
        return number + (withShipped ? Double(shippedQuestions) : 0)
    }

    /// Every figure measured at several sizes, one row each, with its growth exponent: the largest
    /// log(value ratio) / log(size ratio) between neighbouring sizes (1 is linear, 0 is flat),
    /// sizes counting the shipped questions that are loaded with every generated set.
    func scalingMarkdown() -> String {
        var order: [String] = []
        var rows: [String: [Figure]] = [:]
        for figure in figures {
            let key = figure.group + "\u{0}" + figure.name
            if rows[key] == nil { order.append(key) }
            rows[key, default: []].append(figure)
        }
        var lines = ["| figure | values by size | growth exponent |", "|---|---|---:|"]
        for key in order {
            let series = rows[key]!.filter { size($0.size) != nil }.sorted { size($0.size)! < size($1.size)! }
            guard series.count > 1, Set(series.map(\.size)).count == series.count else { continue }
            let values = series.map { "\($0.size): \(Report.format($0.value)) \($0.unit)" }.joined(separator: " · ")
            var exponent = -Double.infinity
            for (a, b) in zip(series, series.dropFirst()) where a.value > 0 && b.value > 0 {
                let ratio = size(b.size)! / size(a.size)!
                guard ratio > 1 else { continue }
                exponent = max(exponent, log(b.value / a.value) / log(ratio))
            }
            let shown = exponent.isFinite ? String(format: "%.2f", exponent) : "–"
            lines.append("| \(series[0].group): \(series[0].name) | \(values) | \(shown) |")
        }
        return lines.joined(separator: "\n")
    }
}
