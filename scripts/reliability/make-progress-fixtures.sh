#!/usr/bin/env bash
# Makes the progress-file fixtures in Tests/ExamStoreTests/Fixtures:
#   progress-v1.sqlite     a progress file at schema v1 with three attempts (submitted, paused,
#                          abandoned), eleven responses and a timer checkpoint;
#   progress-newer.sqlite  the same file as a newer mmprep would leave it (an unknown migration);
#   foreign.sqlite         an SQLite file that another program made.
# The schema comes from the real migrations (the binary creates the file), the rows from SQL.
# Run it only while v1 is the newest schema: a fixture records one version and is never remade.
# Usage: scripts/reliability/make-progress-fixtures.sh [path/to/mmprep]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-.build/debug/mmprep}
OUT=Tests/ExamStoreTests/Fixtures
command -v sqlite3 >/dev/null || { echo "fixtures: sqlite3 is required" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$BIN" history --data-dir "$tmp" >/dev/null
db=$tmp/progress.sqlite
migrations=$(sqlite3 "$db" "SELECT group_concat(identifier, ',') FROM grdb_migrations")
[ "$migrations" = v1 ] || { echo "fixtures: the binary's schema is '$migrations', not v1; keep the committed fixture" >&2; exit 1; }

sqlite3 "$db" <<'SQL'
BEGIN;
INSERT INTO attempt (id, kind, mode, title, blueprintID, spec, seed, bankHash, questionCount, timeLimit, passPercent,
                     status, currentIndex, elapsed, startedAt, updatedAt, submittedAt, correctCount, scorePercent, passed)
VALUES
 (1, 'exam', 'exam', 'Custom exam', NULL,
  '{"title":"Custom exam","kind":"exam","mode":"exam","shares":[{"key":"coding","count":2,"domains":["coding"]},{"key":"billing","count":2,"domains":["billing"]}],"timeLimit":480,"passPercent":70,"difficulties":[]}',
  0, '0123456789abcdef', 4, 480, 70, 'submitted', 3, 301.5, 1767261600, 1767261901.5, 1767261901.5, 3, 75, 1),
 (2, 'exam', 'exam', 'Quick practice', 'quick-practice',
  '{"title":"Quick practice","kind":"exam","mode":"exam","blueprintID":"quick-practice","shares":[{"key":"Compliance Requirements","count":5,"domains":["law-compliance"]}],"timeLimit":600,"passPercent":70,"difficulties":[]}',
  0, '0123456789abcdef', 5, 600, 70, 'active', 2, 120, 1767348000, 1767348120, NULL, NULL, NULL, NULL),
 (3, 'drill', 'tutor', 'Coding', NULL,
  '{"title":"Coding","kind":"drill","mode":"tutor","shares":[{"key":"coding","count":2,"domains":["coding"]}],"passPercent":70,"difficulties":[2]}',
  0, '0123456789abcdef', 2, NULL, 70, 'abandoned', 1, 44, 1767434400, 1767434444, NULL, NULL, NULL, NULL);
INSERT INTO response (attemptID, position, questionID, domain, topic, shareKey, choiceOrder, correctChoice, choice,
                      isCorrect, timeSpent, flagged, struck, changeCount, visited, locked, unsure, answeredAt)
VALUES
 (1, 0, 'fixture-cod-1', 'coding', 'Modifiers', 'coding', '2,0,3,1', 0, 0, 1, 61.5, 0, '', 0, 1, 0, 0, 1767261661.5),
 (1, 1, 'fixture-cod-2', 'coding', 'ICD-10-CM', 'coding', '0,1,2,3', 2, 2, 1, 80, 1, '1', 1, 1, 0, 0, 1767261741.5),
 (1, 2, 'fixture-bil-1', 'billing', 'Claims', 'billing', '3,2,1,0', 1, 3, 0, 90, 0, '0,2', 0, 1, 0, 1, 1767261831.5),
 (1, 3, 'fixture-bil-2', 'billing', 'Denials', 'billing', '1,3,0,2', 3, 3, 1, 70, 0, '', 0, 1, 0, 0, 1767261901.5),
 (2, 0, 'fixture-law-1', 'law-compliance', 'HIPAA', 'Compliance Requirements', '0,2,1,3', 1, 1, 1, 40, 1, '', 0, 1, 0, 0, 1767348040),
 (2, 1, 'fixture-law-2', 'law-compliance', 'OSHA', 'Compliance Requirements', '3,1,2,0', 0, 2, 0, 50, 0, '1,3', 2, 1, 0, 0, 1767348090),
 (2, 2, 'fixture-law-3', 'law-compliance', 'HIPAA', 'Compliance Requirements', '1,0,3,2', 2, NULL, 0, 30, 0, '', 0, 1, 0, 0, NULL),
 (2, 3, 'fixture-law-4', 'law-compliance', 'Stark', 'Compliance Requirements', '2,3,0,1', 3, NULL, 0, 0, 0, '', 0, 0, 0, 0, NULL),
 (2, 4, 'fixture-law-5', 'law-compliance', 'Stark', 'Compliance Requirements', '0,1,2,3', 0, NULL, 0, 0, 0, '', 0, 0, 0, 0, NULL),
 (3, 0, 'fixture-cod-3', 'coding', 'Modifiers', 'coding', '0,1,2', 1, 1, 1, 44, 0, '', 0, 1, 1, 0, 1767434444),
 (3, 1, 'fixture-cod-4', 'coding', 'Modifiers', 'coding', '2,1,0', 0, NULL, 0, 0, 0, '', 0, 0, 0, 0, NULL);
-- The timer checkpoint is newer than the attempt row: resume must use it (124.5 s, question 4).
INSERT INTO checkpoint (attemptID, at, elapsed, position) VALUES (2, 1767348124.5, 124.5, 3);
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ]
cp "$db" "$OUT/progress-v1.sqlite"

cp "$db" "$tmp/newer.sqlite"
sqlite3 "$tmp/newer.sqlite" "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future'); PRAGMA wal_checkpoint(TRUNCATE);"
cp "$tmp/newer.sqlite" "$OUT/progress-newer.sqlite"

rm -f "$OUT/foreign.sqlite"
sqlite3 "$OUT/foreign.sqlite" "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT INTO recipe (name) VALUES ('bread'), ('soup');"
ls -l "$OUT"
