import ExamApp
import ExamStore
import QuestionBank

/// Builds the home screen's data from the store.
///
/// Mastery comes from the store's aggregates (counts in SQL, and per area only the answers
/// that can still move its estimate), so the home screen opens as fast with a million
/// answers as with a hundred.
enum HomeLoader {
    static func load(store: ExamStore, bank: Bank, now: Double) throws -> HomeData {
        let snapshot = try store.mastery(domains: bank.domains.map(\.id), topics: bank.topicAreas(), now: now)
        return HomeData(
            resumable: try store.resumableAttempts(), recent: try store.attempts(limit: 20),
            domainMastery: snapshot.domains,
            topicMastery: snapshot.topics.map { TopicMastery(domain: $0.domain, estimate: $0.estimate) },
            answerCount: snapshot.answers
        )
    }
}
