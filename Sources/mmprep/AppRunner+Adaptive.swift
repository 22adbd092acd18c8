import ExamApp
import ExamEngine

/// The adaptive drill's and the review queue's I/O for the full-screen runner.
extension AppRunner {
    var study: StudySource { StudySource(store: store, bank: state.bank) }

    func chooseNextQuestion(for session: ExamSession, at instant: Instant) throws -> ExamItem? {
        try study.nextQuestion(for: session, at: instant.wall)
    }
}
