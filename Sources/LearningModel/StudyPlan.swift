import Foundation

/// The daily load needed to be ready by the exam date.
///
/// Every topic below the target mastery needs a block of practice (its questions, at most
/// `blockSize`), and every review that falls due before the exam must be done; spread evenly
/// over the days left (today included), that is the number of questions a day.
public enum StudyPlan {
    public static let targetMastery = 0.8
    public static let blockSize = 10

    /// Questions a day, or nil without an exam date in the future.
    public static func dailyLoad(weakTopicQuestions: [Int], reviewsDueByExam: Int, daysLeft: Int?) -> Int? {
        guard let daysLeft, daysLeft > 0 else { return nil }
        let practice = weakTopicQuestions.reduce(0) { $0 + min($1, blockSize) }
        let total = practice + reviewsDueByExam
        return Int((Double(total) / Double(daysLeft)).rounded(.up))
    }

    /// Whole days from `now` until the start of `examDay` ("YYYY-MM-DD") in `timeZone`,
    /// counting today; nil when the date is invalid, 0 on the day itself, negative after it.
    public static func daysLeft(until examDay: String, now: Date, timeZone: TimeZone) -> Int? {
        guard let exam = day(examDay, timeZone: timeZone) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let today = calendar.startOfDay(for: now)
        return calendar.dateComponents([.day], from: today, to: exam).day
    }

    /// The start of a "YYYY-MM-DD" day in `timeZone`, or nil if it is not a real date.
    public static func day(_ text: String, timeZone: TimeZone) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard let date = calendar.date(from: components),
              calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: parts[0], month: parts[1], day: parts[2])
        else { return nil }
        return date
    }
}
