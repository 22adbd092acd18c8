import ExamEngine
import ExamStore
import QuestionBank

extension StatsReport {
    /// The report from the store's aggregates, without reading every answer.
    init(bank: Bank, snapshot: MasterySnapshot, attempts: [AttemptSummary]) {
        answers = snapshot.answers
        correct = snapshot.correct
        domains = snapshot.domains.map { e in
            Area(id: e.key, name: bank.domainName(e.key), domain: nil, answers: e.answers, correct: e.correct, mastery: e.mean, lower: e.lower, upper: e.upper)
        }
        topics = snapshot.topics.map { area in
            let e = area.estimate
            return Area(id: e.key, name: e.key, domain: area.domain, answers: e.answers, correct: e.correct, mastery: e.mean, lower: e.lower, upper: e.upper)
        }
        let submitted = attempts.filter { $0.status == .submitted }
        self.attempts = Attempts(total: attempts.count, submitted: submitted.count, passed: submitted.filter { $0.passed == true && $0.mode == .exam }.count,
                                 lastScorePercent: submitted.first?.scorePercent)
    }
}
