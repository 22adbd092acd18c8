extension AppDatabase {
    /// Schema v4: review cards kept up to an instant, so start-up never replays the whole history.
    ///
    /// `review_card` holds every question's FSRS card after all answers given before
    /// `review_progress.through`; `review_progress` also holds the scheduler parameters those
    /// cards were built with and the answer-time histogram the ratings need (ReviewReplay).
    /// Triggers set `stale` whenever a write touches an answer before `through` (an edited or
    /// deleted old answer, or one stamped in the past by a clock that went back), whatever makes
    /// the write; the next read then rebuilds from the history, so the kept cards can never
    /// disagree with a replay of it.
    static let reviewCardsSchema = """
        CREATE TABLE review_card (
            questionID TEXT NOT NULL PRIMARY KEY,
            state INTEGER NOT NULL,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due REAL NOT NULL,
            lastReview REAL
        ) WITHOUT ROWID;
        CREATE TABLE review_progress (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            parameters TEXT NOT NULL,
            through REAL NOT NULL,
            times BLOB NOT NULL,
            stale INTEGER NOT NULL DEFAULT 0
        );
        CREATE TRIGGER response_review_insert AFTER INSERT ON response WHEN NEW.answeredAt IS NOT NULL BEGIN
            UPDATE review_progress SET stale = 1 WHERE stale = 0 AND NEW.answeredAt < through;
        END;
        CREATE TRIGGER response_review_delete AFTER DELETE ON response WHEN OLD.answeredAt IS NOT NULL BEGIN
            UPDATE review_progress SET stale = 1 WHERE stale = 0 AND OLD.answeredAt < through;
        END;
        CREATE TRIGGER response_review_update AFTER UPDATE OF questionID, isCorrect, answeredAt, timeSpent, unsure ON response
        WHEN OLD.questionID IS NOT NEW.questionID OR OLD.isCorrect IS NOT NEW.isCorrect
            OR OLD.answeredAt IS NOT NEW.answeredAt OR OLD.timeSpent IS NOT NEW.timeSpent OR OLD.unsure IS NOT NEW.unsure
        BEGIN
            UPDATE review_progress SET stale = 1 WHERE stale = 0
                AND (OLD.answeredAt < through OR NEW.answeredAt < through);
        END;
        """
}
