import ExamApp
import ExamEngine
import ExamStore
import Foundation
import LearningModel
import QuestionBank

/// The study parts of the home and stats screens: readiness, reviews, the exam-date plan.
extension HomeLoader {
    /// Blueprints worth a readiness line: the full-length ones (not the short sprints).
    static func readinessBlueprints(_ bank: Bank) -> [Blueprint] {
        // The CMOM-style outline first (the home screen shows the first), then the others.
        let rank = { (b: Blueprint) in ["cmom": 0, "cmm": 1][b.outline ?? ""] ?? 2 }
        return bank.blueprints.filter { $0.questionCount >= 25 }
            .sorted { rank($0) != rank($1) ? rank($0) < rank($1) : $0.questionCount > $1.questionCount }
    }

    /// - Parameter readinessLimit: how many blueprints get a readiness estimate now (the home
    ///   screen shows the first; ``addReadiness(to:bank:)`` completes the list later).
    /// Everything the home screen shows, as of `now`.
    static func home(store: ExamStore, bank: Bank, now: Double, readinessLimit: Int = .max) throws -> HomeData {
        var data = try load(store: store, bank: bank, now: now)
        try addStudy(to: &data, store: store, bank: bank, now: now, readinessLimit: readinessLimit)
        return data
    }

    static func addStudy(to data: inout HomeData, store: ExamStore, bank: Bank, now: Double, timeZone: TimeZone = .current,
                         readinessLimit: Int = .max) throws {
        // The simulation needs only the mastery: it runs on another core while the store is read.
        let blueprints = Array(readinessBlueprints(bank).prefix(readinessLimit)), mastery = data.domainMastery
        let readiness = BackgroundResult { blueprints.map { ReadinessEstimator.estimate($0, bank: bank, domainMastery: mastery, draws: 1000) } }
        defer { data.readiness = (try? readiness.value.get()) ?? [] }
        let settings = try store.settings()
        let schedule = try reviewSchedule(settings: settings, timeZone: timeZone)
        let reviews = try store.reviewCounts(schedule: schedule, now: now)
        let nowDate = Date(timeIntervalSince1970: now)
        data.reviewsDue = reviews.dueNow
        data.examDate = settings.examDate
        data.daysLeft = settings.examDate.flatMap { StudyPlan.daysLeft(until: $0, now: nowDate, timeZone: timeZone) }
        if let dueByExam = reviews.dueByExam {
            let weak = data.topicMastery.filter { $0.estimate.mean < StudyPlan.targetMastery }.map { topic in
                bank.questionCount(domain: topic.domain, topic: topic.estimate.key)
            }
            data.dailyLoad = StudyPlan.dailyLoad(weakTopicQuestions: weak, reviewsDueByExam: dueByExam, daysLeft: data.daysLeft)
        }
        data.domainTallies = try store.domainTallies()
        data.days = try store.dailyTallies(days: 30, now: now, utcOffset: Double(timeZone.secondsFromGMT(for: nowDate)))
        data.examScores = try store.examScores()
    }

    /// Adds the readiness of the blueprints `addStudy` left out; true when it added any.
    @discardableResult
    static func addReadiness(to data: inout HomeData, bank: Bank) -> Bool {
        let missing = readinessBlueprints(bank).dropFirst(data.readiness.count)
        data.readiness += missing.map { ReadinessEstimator.estimate($0, bank: bank, domainMastery: data.domainMastery, draws: 1000) }
        return !missing.isEmpty
    }

    /// The scheduler with the learner's retention, capped at the exam date.
    static func reviewSchedule(settings: LearnerSettings, timeZone: TimeZone = .current) throws -> ReviewSchedule {
        var parameters = FSRSParameters()
        parameters.desiredRetention = settings.retention
        let examDay = settings.examDate.flatMap { StudyPlan.day($0, timeZone: timeZone) }
        return ReviewSchedule(scheduler: try FSRSScheduler(parameters: parameters), examDate: examDay)
    }
}
