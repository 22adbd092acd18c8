extension AppDatabase {
    /// Schema v5: the running counts per area also keep unsure answers and time spent.
    ///
    /// The stats and home screens show, per domain, sure and unsure accuracy and the average
    /// time; summing those over every answer took a scan of the whole history (0.2 s at 100,000
    /// answers). The v2 triggers are replaced by ones that keep the new columns too; the columns
    /// start from the rows already there.
    static let talliesSchema = """
        ALTER TABLE area_tally ADD COLUMN unsureAnswers INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE area_tally ADD COLUMN unsureCorrect INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE area_tally ADD COLUMN totalTime REAL NOT NULL DEFAULT 0;
        CREATE TEMP TABLE v5_tally AS
            SELECT domain, topic, SUM(unsure <> 0) AS ua, SUM(unsure <> 0 AND isCorrect <> 0) AS uc, TOTAL(timeSpent) AS tt
            FROM response WHERE answeredAt IS NOT NULL GROUP BY domain, topic;
        UPDATE area_tally SET unsureAnswers = t.ua, unsureCorrect = t.uc, totalTime = t.tt
            FROM v5_tally t WHERE t.domain = area_tally.domain AND t.topic = area_tally.topic;
        DROP TABLE v5_tally;

        DROP TRIGGER response_tally_insert;
        DROP TRIGGER response_tally_delete;
        DROP TRIGGER response_tally_update;
        CREATE TRIGGER response_tally_insert AFTER INSERT ON response BEGIN
            INSERT INTO area_tally (domain, topic, answers, correct, unsureAnswers, unsureCorrect, totalTime)
                SELECT NEW.domain, NEW.topic, 1, NEW.isCorrect, NEW.unsure <> 0, NEW.unsure <> 0 AND NEW.isCorrect <> 0, NEW.timeSpent
                WHERE NEW.answeredAt IS NOT NULL
                ON CONFLICT (domain, topic) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct,
                    unsureAnswers = unsureAnswers + excluded.unsureAnswers, unsureCorrect = unsureCorrect + excluded.unsureCorrect,
                    totalTime = totalTime + excluded.totalTime;
            INSERT INTO attempt_tally (attemptID, answered)
                SELECT NEW.attemptID, 1 WHERE NEW.choice IS NOT NULL
                ON CONFLICT (attemptID) DO UPDATE SET answered = answered + 1;
        END;
        CREATE TRIGGER response_tally_delete AFTER DELETE ON response BEGIN
            UPDATE area_tally SET answers = answers - 1, correct = correct - OLD.isCorrect,
                    unsureAnswers = unsureAnswers - (OLD.unsure <> 0), unsureCorrect = unsureCorrect - (OLD.unsure <> 0 AND OLD.isCorrect <> 0),
                    totalTime = totalTime - OLD.timeSpent
                WHERE OLD.answeredAt IS NOT NULL AND domain = OLD.domain AND topic = OLD.topic;
            UPDATE attempt_tally SET answered = answered - 1 WHERE OLD.choice IS NOT NULL AND attemptID = OLD.attemptID;
        END;
        CREATE TRIGGER response_tally_update AFTER UPDATE OF domain, topic, isCorrect, answeredAt, choice, unsure, timeSpent ON response BEGIN
            UPDATE area_tally SET answers = answers - 1, correct = correct - OLD.isCorrect,
                    unsureAnswers = unsureAnswers - (OLD.unsure <> 0), unsureCorrect = unsureCorrect - (OLD.unsure <> 0 AND OLD.isCorrect <> 0),
                    totalTime = totalTime - OLD.timeSpent
                WHERE OLD.answeredAt IS NOT NULL AND domain = OLD.domain AND topic = OLD.topic;
            INSERT INTO area_tally (domain, topic, answers, correct, unsureAnswers, unsureCorrect, totalTime)
                SELECT NEW.domain, NEW.topic, 1, NEW.isCorrect, NEW.unsure <> 0, NEW.unsure <> 0 AND NEW.isCorrect <> 0, NEW.timeSpent
                WHERE NEW.answeredAt IS NOT NULL
                ON CONFLICT (domain, topic) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct,
                    unsureAnswers = unsureAnswers + excluded.unsureAnswers, unsureCorrect = unsureCorrect + excluded.unsureCorrect,
                    totalTime = totalTime + excluded.totalTime;
            UPDATE attempt_tally SET answered = answered - 1 WHERE OLD.choice IS NOT NULL AND attemptID = OLD.attemptID;
            INSERT INTO attempt_tally (attemptID, answered)
                SELECT NEW.attemptID, 1 WHERE NEW.choice IS NOT NULL
                ON CONFLICT (attemptID) DO UPDATE SET answered = answered + 1;
        END;
        """
}
