import ArgumentParser
import ExamApp
import ExamStore
import Foundation
import LearningModel

/// `mmprep goal`: the exam date and review retention that shape the study plan.
struct GoalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goal",
        abstract: "Set the exam date (no review is scheduled past it) and show the daily load needed.",
        discussion: "Examples:\n  mmprep goal --exam-date 2027-03-15\n  mmprep goal --retention 0.85\n  mmprep goal --clear"
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("exam-date"), help: "The exam day, YYYY-MM-DD.")
    var examDate: String?

    @Flag(help: "Remove the exam date.")
    var clear = false

    @Option(help: "Desired probability of recalling a review when it falls due (0.70–0.99; default 0.9).")
    var retention: Double?

    func validate() throws {
        if let examDate, StudyPlan.day(examDate, timeZone: .current) == nil {
            throw ValidationError("--exam-date takes a real date as YYYY-MM-DD, e.g. 2027-03-15")
        }
        if let retention, !(0.7...0.99).contains(retention) { throw ValidationError("--retention must be between 0.70 and 0.99") }
        if clear, examDate != nil { throw ValidationError("use either --exam-date or --clear") }
    }

    func run() throws {
        let (bank, _) = try options.loadBank()
        let store = try options.openStore()
        var settings = try store.settings()
        if let examDate { settings.examDate = examDate }
        if clear { settings.examDate = nil }
        if let retention { settings.retention = retention }
        if examDate != nil || clear || retention != nil { try store.saveSettings(settings) }
        let now = Date().timeIntervalSince1970
        var data = try HomeLoader.load(store: store, bank: bank, now: now)
        try HomeLoader.addStudy(to: &data, store: store, bank: bank, now: now)
        guard let date = data.examDate, let days = data.daysLeft else {
            print("No exam date set. Set one with: mmprep goal --exam-date YYYY-MM-DD")
            print("Retention \(settings.retention); \(data.reviewsDue) reviews due now.")
            return
        }
        let when = days < 0 ? "was \(-days) days ago" : days == 0 ? "is today" : "is in \(days) days"
        print("Exam \(date) \(when). Retention \(settings.retention).")
        print("\(data.reviewsDue) reviews due now" + (data.dailyLoad.map { "; about \($0) questions a day to cover weak topics and reviews in time." } ?? "."))
    }
}
