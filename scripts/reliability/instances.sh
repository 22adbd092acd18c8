#!/usr/bin/env bash
# Two mmprep processes on one data folder: both keep working, answering in turns; a third that
# tries to resume an exam open in another window is told so and changes nothing; no answer is
# lost and the file stays sound.
# Usage: scripts/reliability/instances.sh [path/to/mmprep]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:-.build/debug/mmprep}")
RELI_NAME=instances
. scripts/reliability/lib.sh
trap reli_cleanup EXIT
for tool in tmux sqlite3; do command -v $tool >/dev/null || { echo "instances: $tool is required" >&2; exit 1; }; done
BANK=$RELI_WORK/bank
DATA=$RELI_WORK/data
make_bank "$BANK"
mkdir -p "$DATA"
DB=$DATA/progress.sqlite

start() { # SESSION ARGS...
    local name=$1; shift
    tm new-session -d -s "$name" -x 100 -y 30 \
        "env TERM=xterm-256color MMPREP_DATA_DIR='$DATA' '$BIN' $* --banks '$BANK' --only-banks; echo DONE-\$?; sleep 120"
}
# answer SESSION LETTER POSITION: answers, waits for it on screen, moves to the next question.
answer() {
    tm send-keys -t "$1" "$(echo "$2" | tr A-D a-d)"
    wait_for "$1" "(●) $2." 10 || fail "$1: answer $2 at $3 not shown"
    tm send-keys -t "$1" Right
    wait_for "$1" "Question $(($3 + 2)) of 8" 10 || fail "$1: did not move past $3"
}

start first exam --count 8 --minutes 10
wait_for first "Question 1 of 8" 30 || fail "first: did not start"
start second exam --count 8 --minutes 10
wait_for second "Question 1 of 8" 30 || fail "second: did not start"
first_letters=(B D A C B)
second_letters=(C A B D D)
for position in 0 1 2 3 4; do
    answer first "${first_letters[$position]}" "$position"
    answer second "${second_letters[$position]}" "$position"
done

# A reader while both write.
check "history --json reads while two exams run" bash -c "'$BIN' history --json --data-dir '$DATA' | grep -q '\"answered\" : 5'"

# A third window cannot resume an exam that another window has open.
start third resume 1
check "third: told the exam is open elsewhere" wait_for third "open in another mmprep window" 30
check "third: stays on the home screen" wait_for third "Readiness by domain" 5
tm send-keys -t third q
check "third: ends" wait_for third DONE-0 10

# Once the first window pauses, its exam can be resumed elsewhere, with its answers.
tm send-keys -t first q
check "first: paused" wait_for first "Interrupted:" 10
start fourth resume 1
check "fourth: resumes the first exam where it was" wait_for fourth "Question 6 of 8" 30
check "fourth: with its five answers" wait_for fourth "5/8 answered" 5
tm send-keys -t fourth q; wait_for fourth "Interrupted:" 10 || fail "fourth: pause"
tm send-keys -t fourth q
for name in first second; do
    [ "$name" = second ] && { tm send-keys -t second q; wait_for second "Interrupted:" 10 || fail "second: pause"; }
    tm send-keys -t "$name" q
    check "$name: ends with status 0" wait_for "$name" DONE-0 10
done

check "integrity" [ "$(db_query "$DB" 'PRAGMA integrity_check')" = ok ]
check "two attempts" [ "$(db_query "$DB" 'SELECT count(*) FROM attempt')" = 2 ]
for position in 0 1 2 3 4; do
    check "first exam, answer $((position + 1)) kept" \
        [ "$(db_query "$DB" "SELECT choice FROM response WHERE attemptID = 1 AND position = $position")" = "$(expected_choice "$DB" 1 $position "${first_letters[$position]}")" ]
    check "second exam, answer $((position + 1)) kept" \
        [ "$(db_query "$DB" "SELECT choice FROM response WHERE attemptID = 2 AND position = $position")" = "$(expected_choice "$DB" 2 $position "${second_letters[$position]}")" ]
done
check "nothing else answered" [ "$(db_query "$DB" 'SELECT count(*) FROM response WHERE choice IS NOT NULL')" = 10 ]
reli_summary
