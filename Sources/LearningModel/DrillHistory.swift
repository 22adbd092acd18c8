import ExamEngine

/// What the adaptive drill needs to know of the learner's past, however it was gathered.
///
/// A store builds it from its aggregates (kept mastery, one indexed read per candidate), so
/// choosing the next question never loads the whole history; tests and simulations build it
/// from a list of answers with ``init(answers:now:)``.
public struct DrillHistory: Sendable {
    /// Answers given in all.
    public var answerCount: Int
    /// Mastery per domain id; a domain without an entry has no answers.
    public var domainMastery: [String: MasteryEstimate]
    /// Mastery per topic, keyed by ``topicKey(domain:topic:)``.
    public var topicMastery: [String: MasteryEstimate]
    /// Each answered question's latest answer: when, and whether it was right.
    public var lastAnswers: [String: (time: Double, correct: Bool)]

    public init(answerCount: Int, domainMastery: [String: MasteryEstimate], topicMastery: [String: MasteryEstimate],
                lastAnswers: [String: (time: Double, correct: Bool)]) {
        self.answerCount = answerCount
        self.domainMastery = domainMastery
        self.topicMastery = topicMastery
        self.lastAnswers = lastAnswers
    }

    /// The history of `answers` (oldest first) as seen at `now`.
    public init(answers: [AnswerEvent], now: Double) {
        let keyed = answers.map { answer -> AnswerEvent in
            var copy = answer
            copy.topic = Self.topicKey(domain: answer.domain, topic: answer.topic)
            return copy
        }
        let topics = Array(Set(keyed.map(\.topic))).sorted()
        let domains = Array(Set(answers.map(\.domain))).sorted()
        var last: [String: (time: Double, correct: Bool)] = [:]
        for answer in answers where (last[answer.questionID]?.time ?? -.infinity) <= answer.answeredAt {
            last[answer.questionID] = (answer.answeredAt, answer.correct)
        }
        self.init(
            answerCount: answers.count,
            domainMastery: Dictionary(uniqueKeysWithValues: MasteryEstimator.estimate(answers, keys: domains, by: \.domain, now: now).map { ($0.key, $0) }),
            topicMastery: Dictionary(uniqueKeysWithValues: MasteryEstimator.estimate(keyed, keys: topics, by: \.topic, now: now).map { ($0.key, $0) }),
            lastAnswers: last)
    }

    public static func topicKey(domain: String, topic: String) -> String { domain + "\u{1F}" + topic }

    /// A domain's mastery, or the prior of an area without answers.
    public func domain(_ id: String, now: Double) -> MasteryEstimate {
        domainMastery[id] ?? MasteryEstimator.estimate([], keys: [id], by: \.domain, now: now)[0]
    }

    /// A topic's mastery (key as in ``topicKey(domain:topic:)``), or the prior of a topic without answers.
    public func topic(domain: String, topic: String, now: Double) -> MasteryEstimate {
        topicMastery[Self.topicKey(domain: domain, topic: topic)]
            ?? MasteryEstimator.estimate([], keys: [Self.topicKey(domain: domain, topic: topic)], by: \.topic, now: now)[0]
    }
}
