#!/usr/bin/env bash
# Drives the real mmprep binary in plain mode through pipes: a 5-question exam (answer, flag,
# strike out, go to, list, submit, results, review), pause and resume, a killed session, a drill,
# a review of missed questions, the automatic fallback without a terminal, and TERM=dumb in tmux.
# Asserts on the printed text. Usage: Tests/EndToEnd/plain_flow.sh [path/to/mmprep]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-.build/debug/mmprep}
[ -x "$BIN" ] || { echo "plain-e2e: $BIN not built" >&2; exit 1; }

DATA=$(mktemp -d)
SESSION="mmprep-plain-e2e-$$"
passed=0
failed=0
OUT=""
cleanup() {
    tmux kill-session -t "$SESSION" 2>/dev/null || true
    rm -rf "$DATA"
}
trap cleanup EXIT

# run ARGS...: runs mmprep with standard input from this function's own input; keeps stdout in OUT.
run() {
    OUT=$(MMPREP_DATA_DIR=$DATA COLUMNS=80 "$BIN" "$@" 2>"$DATA/stderr") || { echo "plain-e2e: mmprep $* exited $?" >&2; cat "$DATA/stderr" >&2; failed=$((failed + 1)); }
    # Plain mode never prints an escape sequence, and never a line past 80 columns.
    if grep -q $'\x1b' <<<"$OUT"; then failed=$((failed + 1)); echo "plain-e2e: FAILED: escape in output of $*" >&2; fi
    # wc -L measures display columns (awk may count bytes).
    if [ "$(LC_ALL=C.UTF-8 wc -L <<<"$OUT")" -gt 80 ]; then
        failed=$((failed + 1)); echo "plain-e2e: FAILED: a line over 80 columns in output of $*" >&2
    fi
}
# A here-string, not a pipe: with pipefail, grep -q leaving early could fail the writer.
expect() {
    if grep -qF -- "$1" <<<"$OUT"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "plain-e2e: FAILED: expected '$1' in:" >&2
        printf '%s\n' "$OUT" >&2
    fi
}
reject() {
    if grep -qF -- "$1" <<<"$OUT"; then
        failed=$((failed + 1)); echo "plain-e2e: FAILED: did not expect '$1'" >&2
    else
        passed=$((passed + 1))
    fi
}

# 1. A whole exam through a pipe: every feature by a typed command.
run exam --count 5 --minutes 10 --plain <<'EOF'
b
f
x c
r
x c
n
1
g 4
l
l u
t
12
h
s
n
s
y
r all
n
n
r flagged
s
q
EOF
expect "Custom exam: 5 questions, 10 minutes, pass mark 70%."
expect "Question 1 of 5> b"
expect "Question 1: answered B."
expect "Question 1 flagged."
expect "Choice C struck out."
expect "(struck"
expect "Choice C restored."
expect "Question 2 of 5. "
expect "Question 2: answered A."
expect "Question 4 of 5. "
expect "5 questions: 2 answered, 3 unanswered, 1 flagged."
expect "1: answered B, flagged"
expect "2: answered A"
expect "4: unanswered, current"
expect "left of 10 minutes. 2 of 5 answered."
expect "To go to question 12, type g 12."
expect "g 12: go to question 12."
expect "Submit the exam? 3 unanswered, 1 flagged. Type y to submit, n to go on."
expect "Not submitted. You are on question 4 of 5."
expect "Results: Custom exam."
expect "of 5 correct ("
expect "(pass mark 70%)."
expect "Time used: "
expect "By domain:"
expect "3 unanswered: questions 3, 4 and 5."
expect "1 flagged: question 1."
expect "Review of all questions: 5 questions."
expect "Review 3 of 5."
expect "Reference: "
expect "Not answered: the answer is "
expect "Review of flagged questions: 1 question."
expect "Results> q"

# 2. End of input pauses and saves; resume --plain continues with the time left, then submit.
run exam --count 5 --minutes 10 --plain <<'EOF'
c
n
EOF
expect "Question 1: answered C."
expect "Paused and saved at question 2 of 5 with 9 minutes"
expect "Resume with: mmprep resume --plain"
run resume --plain <<'EOF'
l
s
y
q
EOF
expect "Resuming Custom exam: 1 of 5 answered, 9 minutes"
expect "1: answered C"
expect "2: unanswered, current"
expect "Submit the exam? 4 unanswered, 0 flagged."
expect "4 unanswered: questions 2, 3, 4 and 5."

# 3. A killed session (kill -9 after one answer) resumes with that answer saved.
mkfifo "$DATA/in"
MMPREP_DATA_DIR=$DATA "$BIN" exam --count 5 --minutes 10 --plain <"$DATA/in" >"$DATA/killed.out" 2>&1 &
pid=$!
exec 3>"$DATA/in"
printf 'd\n' >&3
for _ in $(seq 1 100); do grep -qF "Question 1: answered D." "$DATA/killed.out" && break; sleep 0.1; done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
exec 3>&-
run resume --plain <<'EOF'
l
EOF
expect "Resuming Custom exam: 1 of 5 answered"
expect "1: answered D, current"

# 4. A drill is tutor mode: each answer is checked at once; q ends it with the summary.
run drill --plain --domain coding <<'EOF'
a
n
b
b
q
EOF
expect "Drill: Coding: one question at a time until you stop, tutor mode: each answer is"
expect "correct so far. Type n for the next question."
expect "Reference: "
expect "Question 2 is already checked. Type n for the next question."
expect "Summary: Drill: Coding"
reject "pass mark"

# 4b. A blueprint's second exam gives the change since the first one (submitted unanswered: 0%).
run exam --blueprint sprint-coding --plain <<'EOF'
s
y
q
EOF
expect "Score: 0 of 10 correct (0%)."
reject "last time"
run exam --blueprint sprint-coding --plain <<'EOF'
s
y
q
EOF
expect "Same score as last time (0%)."

# 5. Review of missed questions, the same way.
run review --plain <<'EOF'
a
q
EOF
expect "Review missed: "
expect "correct so far."
expect "Paused and saved"

# 6. Without --plain and without a terminal, exam falls back to plain mode; mmprep alone still refuses.
run exam --count 2 --minutes 5 <<'EOF'
a
q
EOF
expect "Custom exam: 2 questions, 5 minutes"
expect "Question 1: answered A."
out=$(MMPREP_DATA_DIR=$DATA "$BIN" </dev/null 2>&1 >/dev/null) && rc=0 || rc=$?
[ "$rc" = 2 ] && [ "$out" = "mmprep: standard input is not a terminal; the full-screen app needs an interactive terminal (line by line: mmprep exam --plain, drill --plain, review --plain)" ] \
    && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "plain-e2e: FAILED: mmprep without a terminal gave rc=$rc: $out" >&2; }

# 7. TERM=dumb at a real terminal: plain mode with a prompt and no echo of what was typed.
if command -v tmux >/dev/null; then
    tmux new-session -d -s "$SESSION" -x 100 -y 30 "TERM=dumb MMPREP_DATA_DIR=$DATA $BIN exam --count 2 --minutes 5; echo MMPREP-EXIT=\$?; sleep 60"
    screen_has() {
        for _ in $(seq 1 50); do
            if tmux capture-pane -p -t "$SESSION" | grep -qF -- "$1"; then passed=$((passed + 1)); return 0; fi
            sleep 0.1
        done
        failed=$((failed + 1)); echo "plain-e2e: FAILED: expected '$1' on screen:" >&2; tmux capture-pane -p -t "$SESSION" >&2
    }
    screen_has "Question 1 of 2>"
    tmux send-keys -t "$SESSION" b Enter
    screen_has "Question 1: answered B."
    tmux send-keys -t "$SESSION" q Enter
    screen_has "Paused and saved at question 1 of 2"
    screen_has "MMPREP-EXIT=0"
    tmux kill-session -t "$SESSION"
fi

# 8. The attempts are in the history and the database is sound.
"$BIN" history --data-dir "$DATA" | grep -q "exam" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "plain-e2e: FAILED: history" >&2; }
if command -v sqlite3 >/dev/null; then
    [ "$(sqlite3 "$DATA/progress.sqlite" 'PRAGMA integrity_check')" = ok ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "plain-e2e: FAILED: integrity" >&2; }
fi

echo "plain-e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
