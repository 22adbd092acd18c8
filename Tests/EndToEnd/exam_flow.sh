#!/usr/bin/env bash
# Drives the real mmprep binary in tmux through a 5-question timed exam: answer, flag, strike
# out, navigator, submit, results, review, resume after a pause. Asserts on the captured screen.
# Usage: Tests/EndToEnd/exam_flow.sh [path/to/mmprep]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-.build/debug/mmprep}
[ -x "$BIN" ] || { echo "e2e: $BIN not built" >&2; exit 1; }
command -v tmux >/dev/null || { echo "e2e: tmux is required" >&2; exit 1; }

DATA=$(mktemp -d)
SESSION="mmprep-e2e-$$"
passed=0
failed=0
cleanup() { tmux kill-session -t "$SESSION" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

screen() { tmux capture-pane -p -t "$SESSION"; }
keys() { tmux send-keys -t "$SESSION" "$@"; sleep 0.4; }
# expect TEXT: waits up to 5 s for TEXT to appear on screen.
expect() {
    local text=$1
    for _ in $(seq 1 50); do
        if screen | grep -qF -- "$text"; then passed=$((passed + 1)); return 0; fi
        sleep 0.1
    done
    failed=$((failed + 1))
    echo "e2e: FAILED: expected '$text' on screen:" >&2
    screen >&2
    return 0
}
reject() {
    if screen | grep -qF -- "$1"; then
        failed=$((failed + 1)); echo "e2e: FAILED: did not expect '$1'" >&2; screen >&2
    else
        passed=$((passed + 1))
    fi
}

start() {
    tmux new-session -d -s "$SESSION" -x 100 -y 30 "TERM=xterm-256color MMPREP_DATA_DIR=$DATA $BIN $*; echo MMPREP-EXIT=\$?; sleep 60"
}

# 1. A 5-question custom timed exam.
start exam --count 5 --minutes 10
expect "Question 1 of 5"
expect "⏱ "
keys b
expect "(●) B."
expect "1/5 answered"
keys f
expect "⚑ flagged"
keys x c
expect "(✕) C."
keys x c
reject "(✕) C."
keys Right
expect "Question 2 of 5"
keys 1
expect "(●) A."
keys g
expect "Navigator"
expect "2 answered · 3 unanswered · 1 flagged"
keys u
expect "[unanswered]"
keys Enter
expect "Question 3 of 5"
keys t
expect "hidden (t)"
keys t
keys '?'
expect "Help: timed exam"
expect "Strike out a choice"
keys Escape
# 2. Pause, quit and resume with the remaining time.
keys q
expect "Interrupted:"
keys q
expect "MMPREP-EXIT=0"
tmux kill-session -t "$SESSION"
start resume
expect "Question 3 of 5"
expect "2/5 answered"
# 3. Submit, results, review.
keys s
expect "Submit the exam?"
expect "3 unanswered"
expect "1 flagged for review"
keys y
expect "of 5 correct"
expect "By domain"
expect "3 unanswered"
keys r
expect "Review:"
keys a
expect "[all]"
expect "Reference:"
keys q
expect "results"
keys q
expect "Last attempts"
keys q
expect "MMPREP-EXIT=0"
tmux kill-session -t "$SESSION"

# 4. The history lists the attempt; the database is sound.
"$BIN" history --data-dir "$DATA" | grep -q "exam" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "e2e: FAILED: history" >&2; }
if command -v sqlite3 >/dev/null; then
    [ "$(sqlite3 "$DATA/progress.sqlite" 'PRAGMA integrity_check')" = ok ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "e2e: FAILED: integrity" >&2; }
fi

# 5. No tty, and TERM=dumb: one clear line and exit status 2.
out=$(MMPREP_DATA_DIR=$DATA "$BIN" </dev/null 2>&1 >/dev/null) && rc=0 || rc=$?
[ "$rc" = 2 ] && [ "$(printf '%s\n' "$out" | wc -l)" = 1 ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "e2e: FAILED: no tty gave rc=$rc: $out" >&2; }
start_dumb() { tmux new-session -d -s "$SESSION" -x 100 -y 30 "TERM=dumb MMPREP_DATA_DIR=$DATA $BIN; echo MMPREP-EXIT=\$?; sleep 60"; }
start_dumb
expect "TERM=dumb cannot run the full-screen app"
expect "MMPREP-EXIT=2"
tmux kill-session -t "$SESSION"

# 6. A terminal below 60x18 asks to be enlarged, and recovers when resized.
tmux new-session -d -s "$SESSION" -x 50 -y 15 "TERM=xterm-256color MMPREP_DATA_DIR=$DATA $BIN; echo MMPREP-EXIT=\$?; sleep 60"
expect "needs a larger terminal"
tmux resize-window -t "$SESSION" -x 80 -y 24 2>/dev/null || true
expect "Readiness by domain"
keys q
expect "MMPREP-EXIT=0"
tmux kill-session -t "$SESSION"

# 7. A first load of a large bank set shows its progress, then the home screen; once the app
# has left the screen the progress line has become the load's summary.
BIG=$DATA/big-banks
mkdir -p "$BIG"
for file in $(seq 0 119); do
    awk -v file="$file" 'BEGIN {
        print "domain: law-compliance"; print "questions:"
        for (i = 0; i < 100; i++) {
            n = file * 100 + i; right = n % 4
            printf "  - id: e2e-%d\n    topic: \"Large set topic %d\"\n    difficulty: %d\n", n, n % 7, n % 3 + 1
            printf "    stem: \"Large set question %d: which of these options is the right one for case %d?\"\n    choices:\n", n, n
            for (c = 0; c < 4; c++) {
                printf "      - text: \"Option %d of question %d, worded %s\"\n", c + 1, n, (c == right ? "as the answer" : "as a distractor")
                if (c == right) print "        correct: true"
            }
            printf "    explanation: \"Option %d is right for case %d because the rule covers it; every other option applies the rule to a different case.\"\n", right + 1, n
            printf "    reference: \"Large set rule %d\"\n", n % 9
        }
    }' > "$BIG/large-$file.yaml"
done
start --banks "$BIG"
expect "mmprep: reading question banks…"
for _ in $(seq 1 30); do screen | grep -qF "Readiness by domain" && break; sleep 1; done
expect "Readiness by domain"
keys q
expect "the next start reuses them"
expect "MMPREP-EXIT=0"
reject "mmprep: reading question banks"
tmux kill-session -t "$SESSION"

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
