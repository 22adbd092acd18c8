extension AppDatabase {
    /// Schema v2: what lets the home screen and stats stay fast however long the history grows.
    ///
    /// - Two partial indexes give each domain's and each topic's answers newest first (with the
    ///   columns the mastery model reads), so only the answers that still carry weight are read.
    /// - `attempt_recent` lists attempts newest first without sorting them all.
    /// - `area_tally` (answers and correct answers per domain and topic) and `attempt_tally`
    ///   (answered questions per attempt) are running counts kept by triggers on `response`, so
    ///   counting never scans the answers. The triggers see every write, whatever makes it;
    ///   the counts start from the rows already there.
    static let aggregatesSchema = """
        CREATE INDEX response_domain_recent ON response(domain, answeredAt, attemptID, position, isCorrect)
            WHERE answeredAt IS NOT NULL;
        CREATE INDEX response_topic_recent ON response(domain, topic, answeredAt, attemptID, position, isCorrect)
            WHERE answeredAt IS NOT NULL;
        CREATE INDEX attempt_recent ON attempt(updatedAt, id);

        CREATE TABLE area_tally (
            domain TEXT NOT NULL,
            topic TEXT NOT NULL,
            answers INTEGER NOT NULL,
            correct INTEGER NOT NULL,
            PRIMARY KEY (domain, topic)
        ) WITHOUT ROWID;
        CREATE TABLE attempt_tally (
            attemptID INTEGER PRIMARY KEY REFERENCES attempt(id) ON DELETE CASCADE,
            answered INTEGER NOT NULL
        );
        INSERT INTO area_tally (domain, topic, answers, correct)
            SELECT domain, topic, COUNT(*), SUM(isCorrect) FROM response WHERE answeredAt IS NOT NULL GROUP BY domain, topic;
        INSERT INTO attempt_tally (attemptID, answered)
            SELECT attemptID, COUNT(*) FROM response WHERE choice IS NOT NULL GROUP BY attemptID;

        CREATE TRIGGER response_tally_insert AFTER INSERT ON response BEGIN
            INSERT INTO area_tally (domain, topic, answers, correct)
                SELECT NEW.domain, NEW.topic, 1, NEW.isCorrect WHERE NEW.answeredAt IS NOT NULL
                ON CONFLICT (domain, topic) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct;
            INSERT INTO attempt_tally (attemptID, answered)
                SELECT NEW.attemptID, 1 WHERE NEW.choice IS NOT NULL
                ON CONFLICT (attemptID) DO UPDATE SET answered = answered + 1;
        END;
        CREATE TRIGGER response_tally_delete AFTER DELETE ON response BEGIN
            UPDATE area_tally SET answers = answers - 1, correct = correct - OLD.isCorrect
                WHERE OLD.answeredAt IS NOT NULL AND domain = OLD.domain AND topic = OLD.topic;
            UPDATE attempt_tally SET answered = answered - 1 WHERE OLD.choice IS NOT NULL AND attemptID = OLD.attemptID;
        END;
        CREATE TRIGGER response_tally_update AFTER UPDATE OF domain, topic, isCorrect, answeredAt, choice ON response BEGIN
            UPDATE area_tally SET answers = answers - 1, correct = correct - OLD.isCorrect
                WHERE OLD.answeredAt IS NOT NULL AND domain = OLD.domain AND topic = OLD.topic;
            INSERT INTO area_tally (domain, topic, answers, correct)
                SELECT NEW.domain, NEW.topic, 1, NEW.isCorrect WHERE NEW.answeredAt IS NOT NULL
                ON CONFLICT (domain, topic) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct;
            UPDATE attempt_tally SET answered = answered - 1 WHERE OLD.choice IS NOT NULL AND attemptID = OLD.attemptID;
            INSERT INTO attempt_tally (attemptID, answered)
                SELECT NEW.attemptID, 1 WHERE NEW.choice IS NOT NULL
                ON CONFLICT (attemptID) DO UPDATE SET answered = answered + 1;
        END;
        """
}
