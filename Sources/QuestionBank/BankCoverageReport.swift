import Foundation

/// What `mmprep bank stats` prints: counts per domain, topic and difficulty, and exams per blueprint.
public struct BankCoverageReport: Sendable, Codable, Equatable {
    public struct DomainLine: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var questions: Int
        /// Questions at difficulty 1, 2 and 3.
        public var difficulty: [Int]
        public var topics: [TopicLine]
    }

    public struct TopicLine: Sendable, Codable, Equatable {
        public var topic: String
        public var questions: Int
    }

    public struct BlueprintLine: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var questions: Int
        public var minutes: Int
        public var passPercent: Double
        /// Complete exams the banks can supply without repeating a question.
        public var fullExams: Int
    }

    public var schema: String = "mmprep.bank-stats.v1"
    public var questions: Int
    public var difficulty: [Int]
    public var domains: [DomainLine]
    public var blueprints: [BlueprintLine]

    public init(bank: Bank) {
        func levels(_ questions: [Question]) -> [Int] {
            (1...3).map { level in questions.filter { $0.difficulty == level }.count }
        }
        questions = bank.questions.count
        difficulty = levels(bank.questions)
        domains = bank.domains.map { domain in
            let inDomain = bank.questions.filter { $0.domain == domain.id }
            let topics = bank.topics(in: domain.id).map { topic in
                TopicLine(topic: topic, questions: inDomain.filter { $0.topic == topic }.count)
            }
            return DomainLine(id: domain.id, name: domain.name, questions: inDomain.count, difficulty: levels(inDomain), topics: topics)
        }
        blueprints = bank.blueprints.map {
            BlueprintLine(id: $0.id, name: $0.name, questions: $0.questionCount, minutes: $0.minutes,
                          passPercent: $0.passPercent, fullExams: bank.fullExamCount(for: $0))
        }
    }

    public func jsonString() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// A plain-text table for the terminal.
    public func text() -> String {
        func pad(_ s: String, _ width: Int) -> String {
            s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
        }
        func lpad(_ s: String, _ width: Int) -> String {
            s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
        }
        var lines = ["\(questions) questions (difficulty 1/2/3: \(difficulty.map(String.init).joined(separator: "/")))", ""]
        lines.append(pad("Domain", 34) + lpad("Qs", 5) + lpad("D1", 5) + lpad("D2", 5) + lpad("D3", 5) + lpad("Topics", 8))
        for domain in domains {
            lines.append(pad(domain.name, 34) + lpad("\(domain.questions)", 5)
                + domain.difficulty.map { lpad("\($0)", 5) }.joined() + lpad("\(domain.topics.count)", 8))
        }
        lines.append("")
        lines.append("Topics")
        for domain in domains where !domain.topics.isEmpty {
            lines.append("  \(domain.name)")
            for topic in domain.topics {
                lines.append("    " + pad(topic.topic, 50) + lpad("\(topic.questions)", 5))
            }
        }
        lines.append("")
        lines.append(pad("Blueprint", 40) + lpad("Qs", 5) + lpad("Min", 6) + lpad("Pass", 6) + lpad("Full exams", 12))
        for blueprint in blueprints {
            lines.append(pad(blueprint.name, 40) + lpad("\(blueprint.questions)", 5) + lpad("\(blueprint.minutes)", 6)
                + lpad("\(Int(blueprint.passPercent))%", 6) + lpad("\(blueprint.fullExams)", 12))
        }
        return lines.joined(separator: "\n")
    }
}
