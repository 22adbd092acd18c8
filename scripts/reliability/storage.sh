#!/usr/bin/env bash
# A full disk and a read-only data folder: a clear error, no half-written state, and once space
# is back, the answer that could not be saved is saved with the next action. Then a corrupt
# progress file at a terminal: the prompt, and what no and yes do.
#
# Runs in a private mount namespace (unshare) with small tmpfs mounts, so nothing outside this
# script sees them; where namespaces are unavailable the script says so and skips.
# Usage: scripts/reliability/storage.sh [path/to/mmprep]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:-.build/debug/mmprep}")
if [ -z "${RELI_IN_NAMESPACE:-}" ]; then
    for how in "-m" "-rm"; do
        if unshare $how true 2>/dev/null; then
            exec env RELI_IN_NAMESPACE=1 unshare $how bash "$0" "$BIN"
        fi
    done
    echo "storage: skipped: no private mount namespace here (unshare -m and -rm both refused)"
    exit 0
fi
RELI_NAME=storage
. scripts/reliability/lib.sh
trap reli_cleanup EXIT
for tool in tmux sqlite3; do command -v $tool >/dev/null || { echo "storage: $tool is required" >&2; exit 1; }; done
BANK=$RELI_WORK/bank
make_bank "$BANK"

# 1. The disk fills up in the middle of an exam.
FULL=$RELI_WORK/full
mkdir -p "$FULL"
mount -t tmpfs -o size=1m tmpfs "$FULL"
DATA=$FULL/data
DB=$DATA/progress.sqlite
tm new-session -d -s full -x 100 -y 30 \
    "env TERM=xterm-256color MMPREP_DATA_DIR='$DATA' '$BIN' exam --count 8 --minutes 10 --banks '$BANK' --only-banks; echo DONE-\$?; sleep 120"
if wait_for full "Question 1 of 8" 30; then
    tm send-keys -t full b; wait_for full "(●) B." 5 || fail "full: first answer not shown"
    tm send-keys -t full Right; wait_for full "Question 2 of 8" 5 || fail "full: did not move on"
    dd if=/dev/zero of="$FULL/filler" bs=4k 2>/dev/null || true
    check "full: the disk is full" [ "$(df --output=avail "$FULL" | tail -n 1 | tr -d ' ')" = 0 ]
    tm send-keys -t full d
    check "full: the learner is told the answer is not saved yet" wait_for full "the disk is full: not saved yet, saved again with your next action" 10
    check "full: integrity while full" [ "$(db_query "$DB" 'PRAGMA integrity_check')" = ok ]
    check "full: first answer kept" [ "$(db_query "$DB" 'SELECT choice FROM response WHERE attemptID = 1 AND position = 0')" = "$(expected_choice "$DB" 1 0 B)" ]
    check "full: nothing half-written for the second" [ -z "$(db_query "$DB" 'SELECT choice FROM response WHERE attemptID = 1 AND position = 1')" ]
    rm -f "$FULL/filler"
    tm send-keys -t full f
    check "full: flag shown" wait_for full "⚑ flagged" 5
    sleep 0.5
    check "full: the second answer is saved with the next action" \
        [ "$(db_query "$DB" 'SELECT choice FROM response WHERE attemptID = 1 AND position = 1')" = "$(expected_choice "$DB" 1 1 D)" ]
    check "full: and the flag with it" [ "$(db_query "$DB" 'SELECT flagged FROM response WHERE attemptID = 1 AND position = 1')" = 1 ]
    tm send-keys -t full q; wait_for full "Interrupted:" 10 || fail "full: pause"
    tm send-keys -t full q
    check "full: ends with status 0" wait_for full DONE-0 10
    check "full: integrity at the end" [ "$(db_query "$DB" 'PRAGMA integrity_check')" = ok ]
else
    fail "full: the exam did not start"; screen_of full >&2
fi

# A new progress file on a full disk: a one-line error, and a usable file once there is room.
dd if=/dev/zero of="$FULL/filler" bs=4k 2>/dev/null || true
out=$("$BIN" history --data-dir "$FULL/new" 2>&1) && status=0 || status=$?
check "full, new file: fails ($status)" [ "$status" != 0 ]
check "full, new file: one clear line ($out)" bash -c "[ \"\$(printf '%s\n' \"\$1\" | wc -l)\" = 1 ] && printf '%s' \"\$1\" | grep -qE 'disk is full|No space left'" _ "$out"
rm -f "$FULL/filler"
check "full, new file: works once there is room" bash -c "'$BIN' history --data-dir '$FULL/new' | grep -q 'No attempts yet'"
check "full, new file: sound" [ "$(db_query "$FULL/new/progress.sqlite" 'PRAGMA integrity_check')" = ok ]
umount "$FULL"

# 2. A read-only data folder: every command says so and nothing changes.
RO=$RELI_WORK/ro
mkdir -p "$RO"
mount -t tmpfs -o size=1m tmpfs "$RO"
"$BIN" history --data-dir "$RO/data" >/dev/null
mkdir -p "$RO/empty-parent"
mount -o remount,ro "$RO"
before=$(cd "$RO/data" && ls -l --time-style=full-iso; md5sum progress.sqlite)
for command in "history" "stats" "exam --count 3"; do
    out=$("$BIN" $command --data-dir "$RO/data" --banks "$BANK" --only-banks </dev/null 2>&1) && status=0 || status=$?
    check "read-only, $command: fails ($status)" [ "$status" != 0 ]
    check "read-only, $command: says the file cannot be written ($out)" bash -c "printf '%s' \"\$1\" | grep -q 'cannot write the progress file (Read-only file system)'" _ "$out"
done
out=$("$BIN" history --data-dir "$RO/empty-parent/data" 2>&1) && status=0 || status=$?
check "read-only, new folder: says it cannot be created ($out)" bash -c "printf '%s' \"\$1\" | grep -q 'cannot create the data folder'" _ "$out"
after=$(cd "$RO/data" && ls -l --time-style=full-iso; md5sum progress.sqlite)
check "read-only: nothing changed" [ "$before" = "$after" ]
umount "$RO"

# 3. A corrupt file at a terminal: the learner is asked; no keeps the file, yes sets it aside.
CORRUPT=$RELI_WORK/corrupt
mkdir -p "$CORRUPT"
head -c 5000 /dev/urandom >"$CORRUPT/progress.sqlite"
original=$(md5sum <"$CORRUPT/progress.sqlite")
for answer in n y; do
    tm new-session -d -s "corrupt-$answer" -x 120 -y 30 "'$BIN' history --data-dir '$CORRUPT'; echo DONE-\$?; sleep 60"
    check "corrupt ($answer): asked before anything changes" wait_for "corrupt-$answer" "start a new, empty progress file? [y/N]" 15
    check "corrupt ($answer): the file is named" wait_for "corrupt-$answer" "$CORRUPT/progress.sqlite: not a valid mmprep progress file" 2
    tm send-keys -t "corrupt-$answer" "$answer" Enter
done
check "corrupt (n): refused, exit 1" wait_for corrupt-n DONE-1 10
check "corrupt (n): says how to reset" wait_for corrupt-n "--reset-corrupt-progress" 2
check "corrupt (y): carries on, exit 0" wait_for corrupt-y DONE-0 10
check "corrupt (y): says where the old file is" wait_for corrupt-y "kept the old progress file as $CORRUPT/progress.sqlite.corrupt-" 2
kept=$(ls "$CORRUPT" | grep -E '^progress\.sqlite\.corrupt-[0-9]{8}-[0-9]{6}$' || true)
check "corrupt (y): the old file is kept byte for byte under a timestamped name" \
    [ -n "$kept" -a "$(md5sum <"$CORRUPT/$kept" 2>/dev/null)" = "$original" ]
check "corrupt (y): a fresh, sound file in its place" [ "$(db_query "$CORRUPT/progress.sqlite" 'PRAGMA integrity_check')" = ok ]
reli_summary
