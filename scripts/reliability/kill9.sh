#!/usr/bin/env bash
# kill -9 during a timed exam, at random moments: no answer shown before the kill is lost, the
# exam resumes on its question with the time of the last save, and the file is always sound.
#
# Each trial starts a fresh 8-question, 10-minute exam on a small bank in tmux, answers a random
# number of questions (sometimes changing an answer), then sends SIGKILL either right after a
# key (racing the save) or after a random idle time of up to 6.5 s (across timer checkpoints).
# Usage: scripts/reliability/kill9.sh [path/to/mmprep] [trials]   (RELIABILITY_SEED=n repeats a run)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:-.build/debug/mmprep}")
TRIALS=${2:-50}
RELI_NAME=kill9
. scripts/reliability/lib.sh
trap reli_cleanup EXIT
for tool in tmux sqlite3; do command -v $tool >/dev/null || { echo "kill9: $tool is required" >&2; exit 1; }; done
SEED=${RELIABILITY_SEED:-$(( $(date +%s) % 32768 ))}
RANDOM=$SEED
LIMIT=600
QUESTIONS=8
BANK=$RELI_WORK/bank
make_bank "$BANK"

answers_checked=0
race_kills=0
idle_kills=0
max_time_gap=0      # |remaining shown on resume - remaining at the last saved event|
max_event_age=0     # seconds between the last saved event and the kill
max_clock_skew=0    # |saved exam time - wall time between start and the last saved event|

start_app() { # SESSION DATA COMMAND...
    local session=$1 data=$2; shift 2
    tm new-session -d -s "$session" -x 100 -y 30 \
        "echo \$\$ >'$data/pid'; exec env TERM=xterm-256color MMPREP_DATA_DIR='$data' '$BIN' $* --banks '$BANK' --only-banks"
}

trial_body() {
    local t=$1
    local data session="k$1" db pid position=0 planned j letter key mode sent
    local -a confirmed=()
    local pending_position="" pending_choice="" last_sent
    data=$RELI_WORK/trial-$t
    mkdir -p "$data"
    db=$data/progress.sqlite
    start_app "$session" "$data" exam --count $QUESTIONS --minutes $((LIMIT / 60))
    wait_for "$session" "Question 1 of $QUESTIONS" 30 || { fail "trial $t: the exam did not start"; return; }
    pid=$(cat "$data/pid")
    last_sent=$(db_query "$db" "SELECT startedAt FROM attempt WHERE id = 1")

    planned=$(( RANDOM % 6 ))
    for ((j = 0; j < planned; j++)); do
        letter=$(printf "\\$(printf '%03o' $(( 65 + RANDOM % 4 )))")
        sent=$(now)
        tm send-keys -t "$session" "$(echo "$letter" | tr A-D a-d)"
        wait_for "$session" "(●) $letter." 5 || { fail "trial $t: answer $letter not shown"; return; }
        confirmed[$position]=$letter
        last_sent=$sent
        if (( RANDOM % 4 == 0 )); then
            # Change the answer before moving on: the saved value must be the last one.
            letter=$(printf "\\$(printf '%03o' $(( 65 + (($(printf '%d' "'$letter") - 65 + 1) % 4) )))")
            sent=$(now)
            tm send-keys -t "$session" "$(echo "$letter" | tr A-D a-d)"
            wait_for "$session" "(●) $letter." 5 || { fail "trial $t: changed answer not shown"; return; }
            confirmed[$position]=$letter
            last_sent=$sent
        fi
        sent=$(now)
        tm send-keys -t "$session" Right
        wait_for "$session" "Question $((position + 2)) of $QUESTIONS" 5 || { fail "trial $t: did not move on"; return; }
        position=$((position + 1))
        last_sent=$sent
    done

    if (( RANDOM % 2 == 0 )); then
        mode=race
        race_kills=$((race_kills + 1))
        if (( RANDOM % 3 == 0 )); then
            key=Right; pending_position=$((position + 1))
        else
            letter=$(printf "\\$(printf '%03o' $(( 65 + RANDOM % 4 )))")
            key=$(echo "$letter" | tr A-D a-d); pending_choice=$letter
        fi
        tm send-keys -t "$session" "$key"
        sleep "$(calc "($RANDOM % 150) / 1000")"
    else
        mode=idle
        idle_kills=$((idle_kills + 1))
        sleep "$(calc "($RANDOM % 6500) / 1000")"
    fi
    local killed_at
    killed_at=$(now)
    kill -9 "$pid"
    wait_gone "$pid" 5 || { fail "trial $t: process survived SIGKILL"; return; }

    # The file is sound.
    check "trial $t ($mode): integrity" [ "$(db_query "$db" 'PRAGMA integrity_check')" = ok ]

    # Every confirmed answer is saved with the choice shown; nothing else is answered.
    local p saved expected
    for ((p = 0; p < QUESTIONS; p++)); do
        saved=$(db_query "$db" "SELECT ifnull(choice, '-') FROM response WHERE attemptID = 1 AND position = $p")
        if [ -n "${confirmed[$p]:-}" ]; then
            expected=$(expected_choice "$db" 1 $p "${confirmed[$p]}")
            answers_checked=$((answers_checked + 1))
            if [ "$p" = "$position" ] && [ -n "$pending_choice" ]; then
                local alternative
                alternative=$(expected_choice "$db" 1 $p "$pending_choice")
                check "trial $t ($mode): position $p saved $saved, expected $expected or $alternative" \
                    [ "$saved" = "$expected" -o "$saved" = "$alternative" ]
            else
                check "trial $t ($mode): position $p saved $saved, expected $expected (${confirmed[$p]})" [ "$saved" = "$expected" ]
            fi
        elif [ "$p" = "$position" ] && [ -n "$pending_choice" ]; then
            expected=$(expected_choice "$db" 1 $p "$pending_choice")
            check "trial $t ($mode): racing answer at $p saved as $saved" [ "$saved" = - -o "$saved" = "$expected" ]
        else
            check "trial $t ($mode): position $p unanswered but saved $saved" [ "$saved" = - ]
        fi
    done

    # The last saved event is no older than the last confirmed key, nor than one checkpoint interval.
    local row at started elapsed saved_position age skew
    row=$(db_query "$db" "SELECT c.at, a.startedAt, c.elapsed, c.position FROM checkpoint c JOIN attempt a ON a.id = c.attemptID WHERE a.id = 1")
    IFS='|' read -r at started elapsed saved_position <<<"$row"
    if [ -z "$at" ]; then
        # No save since the start: the exam's own start is the last event.
        at=$(db_query "$db" "SELECT startedAt FROM attempt WHERE id = 1"); started=$at; elapsed=0; saved_position=0
    fi
    age=$(calc "$killed_at - $at")
    skew=$(calc "($elapsed) - ($at - $started)"); skew=${skew#-}
    is_true "$age > $max_event_age" && max_event_age=$age
    is_true "$skew > $max_clock_skew" && max_clock_skew=$skew
    check "trial $t ($mode): last save $age s before the kill (limit 6.5)" is_true "$age <= 6.5"
    check "trial $t ($mode): last save at $at is older than the last confirmed key ($last_sent)" is_true "$at >= $last_sent - 0.05"
    check "trial $t ($mode): saved exam time $elapsed disagrees with wall time by $skew s" is_true "$skew <= 0.5"

    # Resume: the same question, with the time of the last save.
    tm kill-session -t "$session" 2>/dev/null || true
    start_app "$session" "$data" resume
    if ! wait_for "$session" "⏱ " 30; then fail "trial $t: resume did not open the exam"; screen_of "$session" >&2; return; fi
    local header shown remaining expected_remaining gap
    header=$(screen_of "$session" | grep -m1 -F "Question")
    shown=$(echo "$header" | sed -E 's/.*Question ([0-9]+) of.*/\1/')
    check "trial $t ($mode): resumed on question $shown, saved position $((saved_position + 1)), typed position $((position + 1))" \
        [ "$shown" = $((saved_position + 1)) -a \( "$shown" = $((position + 1)) -o "$shown" = "$(( ${pending_position:-$position} + 1 ))" \) ]
    remaining=$(echo "$header" | grep -oE '⏱ [0-9]+:[0-9]{2}' | sed -E 's/⏱ ([0-9]+):([0-9]+)/\1 * 60 + \2/')
    expected_remaining=$(calc "$LIMIT - ($at - $started)")
    gap=$(calc "($remaining) - $expected_remaining"); gap=${gap#-}
    is_true "$gap > $max_time_gap" && max_time_gap=$gap
    check "trial $t ($mode): resumed with $(calc "$remaining") s left, $expected_remaining at the last save" is_true "$gap <= 2"
    local answered
    answered=$(db_query "$db" "SELECT count(*) FROM response WHERE attemptID = 1 AND choice IS NOT NULL")
    check "trial $t ($mode): resumed screen shows $answered answered" wait_for "$session" "$answered/$QUESTIONS answered" 3
    kill -9 "$(cat "$data/pid")" 2>/dev/null || true
    tm kill-session -t "$session" 2>/dev/null || true
    check "trial $t ($mode): integrity after resume" [ "$(db_query "$db" 'PRAGMA integrity_check')" = ok ]
}

# trial N: one trial, then whatever it left running is stopped and its folder removed.
trial() {
    local data=$RELI_WORK/trial-$1
    trial_body "$1"
    [ -f "$data/pid" ] && kill -9 "$(cat "$data/pid")" 2>/dev/null
    tm kill-session -t "k$1" 2>/dev/null
    rm -rf "$data"
    return 0
}

# Trials spend most of their time waiting, so LANES of them run side by side, each with its own
# sessions, data folder and random sequence; their counts are added up at the end.
LANES=${RELIABILITY_LANES:-3}
began=$(date +%s)
for ((lane = 0; lane < LANES; lane++)); do
    (
        # A failed command inside a trial is counted by `check`, never a reason to drop the lane.
        set +e
        RANDOM=$((SEED + lane))
        for ((trial_number = lane + 1; trial_number <= TRIALS; trial_number += LANES)); do
            trial "$trial_number"
        done
        echo "$passed $failed $answers_checked $race_kills $idle_kills $max_time_gap $max_event_age $max_clock_skew" >"$RELI_WORK/lane-$lane"
    ) &
done
wait
lanes_done=$(ls "$RELI_WORK"/lane-* 2>/dev/null | wc -l)
[ "$lanes_done" = "$LANES" ] || { echo "kill9: FAILED: only $lanes_done of $LANES lanes finished" >&2; exit 1; }
read -r passed failed answers_checked race_kills idle_kills max_time_gap max_event_age max_clock_skew < <(
    awk '{ for (i = 1; i <= 5; i++) s[i] += $i; for (i = 6; i <= 8; i++) if ($i > m[i]) m[i] = $i }
         END { print s[1], s[2], s[3], s[4], s[5], m[6] + 0, m[7] + 0, m[8] + 0 }' "$RELI_WORK"/lane-*)
echo "kill9: seed $SEED; $TRIALS trials in $LANES lanes ($race_kills racing a key, $idle_kills after an idle time) in $(( $(date +%s) - began )) s"
echo "kill9: $answers_checked confirmed answers checked; largest remaining-time gap on resume ${max_time_gap} s;" \
     "oldest last save at a kill ${max_event_age} s; largest exam-time vs wall-time skew ${max_clock_skew} s"
reli_summary
