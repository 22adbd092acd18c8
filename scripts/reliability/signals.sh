#!/usr/bin/env bash
# Signals and a crash inside the interface leave the terminal as it was and keep the progress.
#
# For SIGINT, SIGTERM and SIGHUP (sent mid-exam), SIGTSTP then SIGCONT (Ctrl-Z and fg), and a
# fatalError inside the run loop (MMPREP_DEBUG_CRASH_AFTER_KEYS), the pane is checked after the
# program ends: main screen (alternate screen off), cursor visible, and `stty -a` run in the
# pane shows echo and canonical mode. The answers given before the signal must be saved.
# Usage: scripts/reliability/signals.sh [path/to/mmprep]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:-.build/debug/mmprep}")
RELI_NAME=signals
. scripts/reliability/lib.sh
trap reli_cleanup EXIT
for tool in tmux sqlite3 stty; do command -v $tool >/dev/null || { echo "signals: $tool is required" >&2; exit 1; }; done
BANK=$RELI_WORK/bank
make_bank "$BANK"

# start CASE [ENV...]: an 8-question exam in session CASE; when the app ends, the pane's shell
# records the exit status and `stty -a`, then prints DONE.
start() {
    local name=$1; shift
    local data=$RELI_WORK/$name
    mkdir -p "$data"
    tm new-session -d -s "$name" -x 100 -y 30 \
        "env TERM=xterm-256color MMPREP_DATA_DIR='$data' $* '$BIN' exam --count 8 --minutes 10 --banks '$BANK' --only-banks;
         echo \$? >'$data/exit'; stty -a >'$data/stty'; echo DONE; sleep 120"
    wait_for "$name" "Question 1 of 8" 30 || { fail "$name: the exam did not start"; return 1; }
    child_of "$(pane "$name" '#{pane_pid}')" >"$data/pid"
}

# answer_two CASE: answers B on question 1 and D on question 2, as confirmed on screen.
answer_two() {
    tm send-keys -t "$1" b; wait_for "$1" "(●) B." 5 || fail "$1: answer B not shown"
    tm send-keys -t "$1" Right; wait_for "$1" "Question 2 of 8" 5 || fail "$1: did not move on"
    tm send-keys -t "$1" d; wait_for "$1" "(●) D." 5 || fail "$1: answer D not shown"
}

# saved_ok CASE STATUS: both answers are saved as shown, the attempt has STATUS, the file is sound.
saved_ok() {
    local name=$1 status=$2 db=$RELI_WORK/$1/progress.sqlite
    check "$name: integrity" [ "$(db_query "$db" 'PRAGMA integrity_check')" = ok ]
    check "$name: answer 1 saved" [ "$(db_query "$db" 'SELECT choice FROM response WHERE attemptID = 1 AND position = 0')" = "$(expected_choice "$db" 1 0 B)" ]
    check "$name: answer 2 saved" [ "$(db_query "$db" 'SELECT choice FROM response WHERE attemptID = 1 AND position = 1')" = "$(expected_choice "$db" 1 1 D)" ]
    check "$name: attempt is $status" [ "$(db_query "$db" 'SELECT status FROM attempt WHERE id = 1')" = "$status" ]
}

# ended_sane CASE: the app ended, and the terminal is back to normal.
ended_sane() {
    local name=$1
    check "$name: the program ended" wait_for "$name" DONE 30
    check "$name: terminal restored" terminal_sane "$name" "$RELI_WORK/$name/stty"
    echo "signals: $name: exit status $(cat "$RELI_WORK/$name/exit" 2>/dev/null || echo '?')"
}

# 1. Termination signals: the exam is paused (clock saved) and the program leaves cleanly.
for signal in INT TERM HUP; do
    name=sig$signal
    start "$name" || continue
    answer_two "$name"
    sent=$(now)
    kill -s "$signal" "$(cat "$RELI_WORK/$name/pid")"
    ended_sane "$name"
    check "$name: exit status 0 after saving" [ "$(cat "$RELI_WORK/$name/exit")" = 0 ]
    saved_ok "$name" active
    at=$(db_query "$RELI_WORK/$name/progress.sqlite" 'SELECT at FROM checkpoint WHERE attemptID = 1')
    check "$name: the clock was saved when the signal arrived" is_true "$at >= $sent - 0.05"
done

# 2. Ctrl-Z (SIGTSTP) hands the terminal back while stopped; fg (SIGCONT) redraws and carries on.
# Job control needs an interactive shell: under a plain `sh -c` the kernel discards SIGTSTP.
name=sigTSTP
data=$RELI_WORK/$name
mkdir -p "$data"
tm new-session -d -s "$name" -x 100 -y 30 "env -i HOME='$data' HISTFILE=/dev/null PATH='$PATH' TERM=xterm-256color PS1='prompt> ' bash --norc --noprofile -i"
if wait_for "$name" "prompt>" 10; then
    tm send-keys -t "$name" "MMPREP_DATA_DIR='$data' '$BIN' exam --count 8 --minutes 10 --banks '$BANK' --only-banks" Enter
    wait_for "$name" "Question 1 of 8" 30 || fail "$name: the exam did not start"
    pid=$(child_of "$(pane "$name" '#{pane_pid}')")
    tm send-keys -t "$name" b; wait_for "$name" "(●) B." 5 || fail "$name: answer B not shown"
    tm send-keys -t "$name" C-z
    stopped=no
    for _ in $(seq 1 100); do
        [[ "$(ps -o stat= -p "$pid")" == T* ]] && { stopped=yes; break; }
        sleep 0.05
    done
    check "$name: Ctrl-Z stopped the process" [ "$stopped" = yes ]
    check "$name: the shell prompt is back" wait_for "$name" "Stopped" 5
    check "$name: main screen while stopped" [ "$(pane "$name" '#{alternate_on}')" = 0 ]
    check "$name: cursor visible while stopped" [ "$(pane "$name" '#{cursor_flag}')" = 1 ]
    check "$name: answer saved before stopping" [ "$(db_query "$data/progress.sqlite" 'SELECT choice FROM response WHERE attemptID = 1 AND position = 0')" = "$(expected_choice "$data/progress.sqlite" 1 0 B)" ]
    tm send-keys -t "$name" "fg" Enter
    check "$name: full screen again after fg" wait_for "$name" "Question 1 of 8" 10
    check "$name: alternate screen back on" [ "$(pane "$name" '#{alternate_on}')" = 1 ]
    tm send-keys -t "$name" Right; wait_for "$name" "Question 2 of 8" 5 || fail "$name: no keys after fg"
    tm send-keys -t "$name" d; wait_for "$name" "(●) D." 5 || fail "$name: answer D not shown after fg"
    tm send-keys -t "$name" q; wait_for "$name" "Interrupted:" 10 || fail "$name: pause did not reach home"
    tm send-keys -t "$name" q
    wait_gone "$pid" 10 || fail "$name: the program did not end"
    tm send-keys -t "$name" "echo \$? >'$data/exit'; stty -a >'$data/stty'; echo DONE" Enter
    ended_sane "$name"
    saved_ok "$name" active
else
    fail "$name: no interactive shell"
fi

# 3. A crash inside the interface (fatalError after the fourth key): terminal restored, answers kept.
name=crash
# The backtracer's interactive prompt (30 s on a terminal) is turned off; the report still prints.
if start "$name" MMPREP_DEBUG_CRASH_AFTER_KEYS=4 SWIFT_BACKTRACE=interactive=no; then
    answer_two "$name"
    tm send-keys -t "$name" f
    ended_sane "$name"
    status=$(cat "$RELI_WORK/$name/exit" 2>/dev/null || echo 0)
    check "$name: died by a signal (status $status)" [ "$status" -gt 128 ]
    check "$name: the crash message is shown after the screen is restored" \
        bash -c "tmux -L '$RELI_SOCKET' capture-pane -p -J -S -1000 -t '$name' | grep -qF 'MMPREP_DEBUG_CRASH_AFTER_KEYS: crashing'"
    saved_ok "$name" active
    # The crashed exam resumes with both answers.
    tm kill-session -t "$name"
    tm new-session -d -s "$name-resume" -x 100 -y 30 \
        "env TERM=xterm-256color MMPREP_DATA_DIR='$RELI_WORK/$name' '$BIN' resume --banks '$BANK' --only-banks; sleep 60"
    check "$name: resumes on question 2 after the crash" wait_for "$name-resume" "Question 2 of 8" 30
    check "$name: resumed with both answers" wait_for "$name-resume" "2/8 answered" 5
fi

reli_summary
