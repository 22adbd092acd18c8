extension AppDatabase {
    /// Schema v5: the running counts per area also keep unsure answers, time spent and a revision;
    /// answers are also counted per quarter hour, and kept mastery sums have a table.
    ///
    /// The stats and home screens show, per domain, sure and unsure accuracy and the average
    /// time; summing those over every answer took a scan of the whole history (0.2 s at 100,000
    /// answers). `revision` grows with every change to an area's answers, so a result computed
    /// from them (the kept mastery, ExamStore+MasteryCache.swift) knows when it is out of date.
    /// `answer_period` counts answers per quarter hour (UTC), so the last 30 days of activity are
    /// read from at most 2,880 rows in any time zone (every zone's offset is a whole number of
    /// quarter hours). The v2 triggers are replaced by ones that keep the new columns too; the columns start from
    /// the rows already there.
    static let talliesSchema = """
        ALTER TABLE area_tally ADD COLUMN unsureAnswers INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE area_tally ADD COLUMN unsureCorrect INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE area_tally ADD COLUMN totalTime REAL NOT NULL DEFAULT 0;
        ALTER TABLE area_tally ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
        CREATE TEMP TABLE v5_tally AS
            SELECT domain, topic, SUM(unsure <> 0) AS ua, SUM(unsure <> 0 AND isCorrect <> 0) AS uc, TOTAL(timeSpent) AS tt
            FROM response WHERE answeredAt IS NOT NULL GROUP BY domain, topic;
        UPDATE area_tally SET unsureAnswers = t.ua, unsureCorrect = t.uc, totalTime = t.tt
            FROM v5_tally t WHERE t.domain = area_tally.domain AND t.topic = area_tally.topic;
        DROP TABLE v5_tally;

        CREATE TABLE mastery_cache (
            domain TEXT NOT NULL,
            topic TEXT,
            revision INTEGER NOT NULL,
            parameters TEXT NOT NULL,
            at REAL NOT NULL,
            rightWeight REAL NOT NULL,
            wrongWeight REAL NOT NULL,
            added INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX mastery_cache_area ON mastery_cache(domain, IFNULL(topic, char(0)));

        CREATE TABLE answer_period (
            period INTEGER PRIMARY KEY,
            answers INTEGER NOT NULL,
            correct INTEGER NOT NULL
        );
        INSERT INTO answer_period (period, answers, correct)
            SELECT CAST(answeredAt / 900 AS INTEGER), COUNT(*), SUM(isCorrect) FROM response
            WHERE answeredAt IS NOT NULL GROUP BY 1;
        CREATE INDEX attempt_scores ON attempt(mode, submittedAt) WHERE status = 'submitted' AND scorePercent IS NOT NULL;

        DROP TRIGGER response_tally_insert;
        DROP TRIGGER response_tally_delete;
        DROP TRIGGER response_tally_update;
        CREATE TRIGGER response_tally_insert AFTER INSERT ON response BEGIN
            INSERT INTO area_tally (domain, topic, answers, correct, unsureAnswers, unsureCorrect, totalTime, revision)
                SELECT NEW.domain, NEW.topic, 1, NEW.isCorrect, NEW.unsure <> 0, NEW.unsure <> 0 AND NEW.isCorrect <> 0, NEW.timeSpent, 1
                WHERE NEW.answeredAt IS NOT NULL
                ON CONFLICT (domain, topic) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct,
                    unsureAnswers = unsureAnswers + excluded.unsureAnswers, unsureCorrect = unsureCorrect + excluded.unsureCorrect,
                    totalTime = totalTime + excluded.totalTime, revision = revision + 1;
            INSERT INTO answer_period (period, answers, correct)
                SELECT CAST(NEW.answeredAt / 900 AS INTEGER), 1, NEW.isCorrect WHERE NEW.answeredAt IS NOT NULL
                ON CONFLICT (period) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct;
            INSERT INTO attempt_tally (attemptID, answered)
                SELECT NEW.attemptID, 1 WHERE NEW.choice IS NOT NULL
                ON CONFLICT (attemptID) DO UPDATE SET answered = answered + 1;
        END;
        CREATE TRIGGER response_tally_delete AFTER DELETE ON response BEGIN
            UPDATE area_tally SET answers = answers - 1, correct = correct - OLD.isCorrect,
                    unsureAnswers = unsureAnswers - (OLD.unsure <> 0), unsureCorrect = unsureCorrect - (OLD.unsure <> 0 AND OLD.isCorrect <> 0),
                    totalTime = totalTime - OLD.timeSpent, revision = revision + 1
                WHERE OLD.answeredAt IS NOT NULL AND domain = OLD.domain AND topic = OLD.topic;
            UPDATE answer_period SET answers = answers - 1, correct = correct - OLD.isCorrect
                WHERE OLD.answeredAt IS NOT NULL AND period = CAST(OLD.answeredAt / 900 AS INTEGER);
            UPDATE attempt_tally SET answered = answered - 1 WHERE OLD.choice IS NOT NULL AND attemptID = OLD.attemptID;
        END;
        CREATE TRIGGER response_tally_update AFTER UPDATE OF domain, topic, isCorrect, answeredAt, choice, unsure, timeSpent ON response BEGIN
            UPDATE area_tally SET answers = answers - 1, correct = correct - OLD.isCorrect,
                    unsureAnswers = unsureAnswers - (OLD.unsure <> 0), unsureCorrect = unsureCorrect - (OLD.unsure <> 0 AND OLD.isCorrect <> 0),
                    totalTime = totalTime - OLD.timeSpent, revision = revision + 1
                WHERE OLD.answeredAt IS NOT NULL AND domain = OLD.domain AND topic = OLD.topic;
            INSERT INTO area_tally (domain, topic, answers, correct, unsureAnswers, unsureCorrect, totalTime, revision)
                SELECT NEW.domain, NEW.topic, 1, NEW.isCorrect, NEW.unsure <> 0, NEW.unsure <> 0 AND NEW.isCorrect <> 0, NEW.timeSpent, 1
                WHERE NEW.answeredAt IS NOT NULL
                ON CONFLICT (domain, topic) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct,
                    unsureAnswers = unsureAnswers + excluded.unsureAnswers, unsureCorrect = unsureCorrect + excluded.unsureCorrect,
                    totalTime = totalTime + excluded.totalTime, revision = revision + 1;
            UPDATE answer_period SET answers = answers - 1, correct = correct - OLD.isCorrect
                WHERE OLD.answeredAt IS NOT NULL AND period = CAST(OLD.answeredAt / 900 AS INTEGER);
            INSERT INTO answer_period (period, answers, correct)
                SELECT CAST(NEW.answeredAt / 900 AS INTEGER), 1, NEW.isCorrect WHERE NEW.answeredAt IS NOT NULL
                ON CONFLICT (period) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct;
            UPDATE attempt_tally SET answered = answered - 1 WHERE OLD.choice IS NOT NULL AND attemptID = OLD.attemptID;
            INSERT INTO attempt_tally (attemptID, answered)
                SELECT NEW.attemptID, 1 WHERE NEW.choice IS NOT NULL
                ON CONFLICT (attemptID) DO UPDATE SET answered = answered + 1;
        END;
        """
}
