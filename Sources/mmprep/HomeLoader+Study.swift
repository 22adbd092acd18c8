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

    /// Everything the home screen shows, as of `now`.
    ///
    /// - Parameter readinessLimit: how many blueprints get a readiness estimate now (the home
    ///   screen shows the first; ``addReadiness(to:bank:)`` completes the list later).
    static func home(store: ExamStore, bank: Bank, now: Double, readinessLimit: Int = .max) throws -> HomeData {
        // The study counts need nothing from mastery, and the readiness simulation needs only
        // mastery: the counts are read on another connection (and core) meanwhile.
        let timeZone = TimeZone.current
        let study = BackgroundResult { try StudyReads(store: store, now: now, timeZone: timeZone) }
        var data = try load(store: store, bank: bank, now: now)
        data.readiness = readinessBlueprints(bank).prefix(readinessLimit).map {
            ReadinessEstimator.estimate($0, bank: bank, domainMastery: data.domainMastery, draws: 1000)
        }
        try study.value.get().apply(to: &data, bank: bank, now: now, timeZone: timeZone)
        return data
    }

    /// Adds readiness for every blueprint and the study counts to what ``load(store:bank:now:)`` read.
    static func addStudy(to data: inout HomeData, store: ExamStore, bank: Bank, now: Double, timeZone: TimeZone = .current) throws {
        let mastery = data.domainMastery
        data.readiness = readinessBlueprints(bank).map { ReadinessEstimator.estimate($0, bank: bank, domainMastery: mastery, draws: 1000) }
        try StudyReads(store: store, now: now, timeZone: timeZone).apply(to: &data, bank: bank, now: now, timeZone: timeZone)
    }

    /// The store reads behind the home screen's study lines: settings, reviews due, tallies.
    struct StudyReads {
        var settings: LearnerSettings
        var reviews: ReviewCounts
        var domainTallies: [AreaTally]
        var days: [DayTally]
        var examScores: [Double]

        init(store: ExamStore, now: Double, timeZone: TimeZone) throws {
            settings = try store.settings()
            reviews = try store.reviewCounts(schedule: try HomeLoader.reviewSchedule(settings: settings, timeZone: timeZone), now: now)
            domainTallies = try store.domainTallies()
            let utcOffset = Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: now)))
            days = try store.dailyTallies(days: 30, now: now, utcOffset: utcOffset)
            examScores = try store.examScores()
        }

        /// Fills the study fields of `data`; the daily load needs its topic mastery.
        func apply(to data: inout HomeData, bank: Bank, now: Double, timeZone: TimeZone) {
            data.reviewsDue = reviews.dueNow
            data.examDate = settings.examDate
            data.daysLeft = settings.examDate.flatMap { StudyPlan.daysLeft(until: $0, now: Date(timeIntervalSince1970: now), timeZone: timeZone) }
            if let dueByExam = reviews.dueByExam {
                let weak = data.topicMastery.filter { $0.estimate.mean < StudyPlan.targetMastery }.map { topic in
                    bank.questionCount(domain: topic.domain, topic: topic.estimate.key)
                }
                data.dailyLoad = StudyPlan.dailyLoad(weakTopicQuestions: weak, reviewsDueByExam: dueByExam, daysLeft: data.daysLeft)
            }
            data.domainTallies = domainTallies
            data.days = days
            data.examScores = examScores
        }
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
