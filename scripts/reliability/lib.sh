# Shared helpers for the reliability scripts (sourced, not run).
# Every script drives the real binary in its own tmux server (-L), so it never touches
# another tmux server or session, and removes everything it made when it ends.

RELI_SOCKET="mmprep-reliability-$$"
RELI_WORK=$(mktemp -d)
passed=0
failed=0

# tm COMMAND ARGS...: tmux on this script's own server, every -t naming its session exactly.
# tmux takes a name that matches no session as a prefix: once trial "k1" has ended,
# "-t k1" would reach "k17", which another lane is running.
tm() {
    local command=$1 target
    local -a args=("$1")
    shift
    while [ $# -gt 0 ]; do
        if [ "$1" = -t ] && [ $# -gt 1 ]; then
            target=$2
            case $target in
                =* | *:*) ;;
                *) case $command in
                       kill-session | has-session | set-option) target="=$target" ;;
                       *) target="=$target:" ;;
                   esac ;;
            esac
            args+=(-t "$target")
            shift 2
        else
            args+=("$1")
            shift
        fi
    done
    tmux -L "$RELI_SOCKET" -f /dev/null "${args[@]}"
}
# reli_cleanup: stops this script's own background jobs and tmux server and removes its files.
reli_cleanup() {
    local job
    for job in $(jobs -p); do kill "$job" 2>/dev/null || true; done
    tm kill-server 2>/dev/null || true
    # A shell in a killed pane may still be writing its files for a moment: try again once.
    rm -rf "$RELI_WORK" 2>/dev/null || { sleep 1; rm -rf "$RELI_WORK"; }
}
# A timeout's SIGTERM (or Ctrl-C) goes through `exit`, so the EXIT trap still cleans up.
trap 'exit 143' TERM INT HUP

now() { date +%s.%N; }
# calc EXPR: floating-point arithmetic through awk.
calc() { awk "BEGIN { print $* }"; }
# is_true EXPR: exit status 0 when the awk expression holds.
is_true() { awk "BEGIN { exit !($*) }"; }

screen_of() { tm capture-pane -p -t "$1" 2>/dev/null; }
# wait_for SESSION TEXT [SECONDS]: waits for TEXT on the screen; status 1 on timeout.
wait_for() {
    local session=$1 text=$2 limit=${3:-10} start
    start=$(date +%s)
    while [ $(( $(date +%s) - start )) -lt "$limit" ]; do
        screen_of "$session" | grep -qF -- "$text" && return 0
        sleep 0.05
    done
    return 1
}
# alive PID: the process exists and is not a zombie (dead, waiting for its parent to reap it).
alive() {
    local state
    state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
    [[ "$state" != Z* ]]
}
# wait_gone PID [SECONDS]: waits for a process to end; on a timeout prints its state and kernel wait.
wait_gone() {
    local pid=$1 tries=$(( ${2:-10} * 20 ))
    while alive "$pid" && [ "$tries" -gt 0 ]; do sleep 0.05; tries=$((tries - 1)); done
    alive "$pid" || return 0
    echo "$RELI_NAME: process $pid still there: $(ps -o stat=,wchan:32=,etime= -p "$pid" 2>/dev/null)" >&2
    return 1
}
# child_of PID: the one child process of PID (the app under the pane's shell).
child_of() {
    local tries=100 child
    while [ "$tries" -gt 0 ]; do
        child=$(pgrep -P "$1" | head -n 1)
        [ -n "$child" ] && { echo "$child"; return 0; }
        sleep 0.05; tries=$((tries - 1))
    done
    return 1
}
pane() { tm display-message -p -t "$1" "$2"; }

ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "$RELI_NAME: FAILED: $*" >&2; }
# check DESCRIPTION COMMAND...: runs the command; counts a pass or a failure.
check() { local what=$1; shift; if "$@"; then ok; else fail "$what"; fi; }

# terminal_sane SESSION STTYFILE: the pane is back on the main screen with a visible cursor,
# and `stty -a` (run in the pane after the app ended) shows echo and canonical mode.
terminal_sane() {
    local session=$1 stty_file=$2
    [ "$(pane "$session" '#{alternate_on}')" = 0 ] || { echo "alternate screen still on" >&2; return 1; }
    [ "$(pane "$session" '#{cursor_flag}')" = 1 ] || { echo "cursor hidden" >&2; return 1; }
    stty_sane "$stty_file"
}
# stty_sane FILE: echo, icanon, isig and icrnl are on in the saved `stty -a` output.
stty_sane() {
    local flag
    for flag in echo icanon isig icrnl; do
        grep -qE "(^| )$flag( |$)" "$1" || { echo "stty: $flag is off: $(tr '\n' ' ' <"$1")" >&2; return 1; }
    done
}

# make_bank DIR: a small bank folder (one domain, 40 questions, four choices each).
make_bank() {
    local dir=$1 n c
    mkdir -p "$dir/banks"
    cat >"$dir/domains.yaml" <<'YAML'
domains:
  - id: reliability
    name: Reliability
    outlines:
      cmom: Compliance
YAML
    {
        echo "domain: reliability"
        echo "questions:"
        for n in $(seq 1 40); do
            echo "  - id: rel-$n"
            echo "    topic: Topic $(( n % 4 ))"
            echo "    difficulty: $(( n % 3 + 1 ))"
            echo "    stem: Reliability question number $n asks which choice is the right one?"
            echo "    choices:"
            for c in 0 1 2 3; do
                echo "      - text: Choice $c of question $n"
                [ "$c" = $(( n % 4 )) ] && echo "        correct: true"
            done
            echo "    explanation: Choice $(( n % 4 )) is right for question $n because the test bank says so, and the others are not."
            echo "    reference: Test bank rule $n"
        done
    } >"$dir/banks/reliability.yaml"
}

# db_query DB SQL: one sqlite3 query with a busy timeout (the app may hold the write lock).
db_query() { sqlite3 -cmd ".timeout 5000" "$1" "$2"; }

# expected_choice DB ATTEMPT POSITION LETTER: the written-order index that display letter LETTER
# stands for at POSITION (the response table stores choices in written order).
expected_choice() {
    local order index
    order=$(db_query "$1" "SELECT choiceOrder FROM response WHERE attemptID = $2 AND position = $3")
    index=$(( $(printf '%d' "'$4") - 65 ))
    echo "$order" | cut -d, -f$((index + 1))
}

reli_summary() {
    echo "$RELI_NAME: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
