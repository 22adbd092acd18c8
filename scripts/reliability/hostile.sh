#!/usr/bin/env bash
# A hostile bank folder through the real binary in tmux: escape sequences, C0/C1 controls, bidi
# overrides, zero-width and combining characters, wide text and 10,000-character stems and
# choices. Nothing in the bank may change the terminal: the pane title, the alternate screen,
# the clipboard and the screen contents stay the app's own, and `stty` is sane afterwards.
# Usage: scripts/reliability/hostile.sh [path/to/mmprep]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:-.build/debug/mmprep}")
RELI_NAME=hostile
. scripts/reliability/lib.sh
trap reli_cleanup EXIT
command -v tmux >/dev/null || { echo "hostile: tmux is required" >&2; exit 1; }
BANK=$RELI_WORK/bank
DATA=$RELI_WORK/data
mkdir -p "$BANK/banks" "$DATA"

# Payloads as YAML double-quoted escapes, so the bank files themselves are plain ASCII.
payloads=(
    '\e[2J\e[H' '\e]0;pwned-title\a' '\e]2;pwned-title\e\\' '\e[?1049l' '\e[?25l' '\ec'
    '\e[31;1mred\e[0m' '\e]52;c;cHduZWQ=\a' '\x9b2J \x9d0;c1-title\x9c \x85'
    '\x01 \x07 \b \x0b \f \r \x0e \x1a \x7f' '\u202Eevil\u202C \u2066iso\u2069 \u200F'
    '\u200B\u2060\uFEFF\u00AD zero width' 'e\u0301\u0302\u0303\u0304\u0305 marks'
    '日本語の長い質問 한국어 ＡＢＣ' '👩‍⚕️ 👍🏽' 'tab\there\u2028line\u2029para'
)
all_payloads="${payloads[*]}"
long() { # long N: at least N characters once parsed
    local text="" i=0
    while [ ${#text} -lt $(( $1 * 2 )) ]; do text+="${payloads[i % ${#payloads[@]}]} word$i 長い "; i=$((i + 1)); done
    printf '%s' "$text"
}
cat >"$BANK/domains.yaml" <<YAML
domains:
  - id: hostile
    name: "Hostile ${payloads[1]} ${payloads[10]} 日本語"
    outlines:
      cmom: Compliance
YAML
{
    echo "domain: hostile"
    echo "questions:"
    for n in 1 2 3 4 5 6; do
        if [ $((n % 3)) = 1 ]; then stem=$(long 10000); big=$(long 10000); else stem="${payloads[n]} Question $n ${payloads[n + 5]}?"; big="${payloads[n + 2]} choice"; fi
        echo "  - id: hostile-$n"
        echo "    topic: \"Topic ${payloads[n + 3]}\""
        echo "    difficulty: $(( n % 3 + 1 ))"
        echo "    stem: \"$stem\""
        echo "    choices:"
        echo "      - text: \"${payloads[n + 1]} first\""
        echo "        correct: true"
        echo "      - text: \"$big\""
        echo "      - text: \"${payloads[n + 4]} third\""
        echo "      - text: \"${payloads[n + 6]} fourth\""
        echo "    explanation: \"$all_payloads\""
        echo "    reference: \"${payloads[n + 7]} rule $n\""
    done
} >"$BANK/banks/hostile.yaml"

# The pane shell waits for a go file, so the title can be set before the app starts.
start() {
    tm new-session -d -s "$1" -x 100 -y 30 \
        "while [ ! -e '$RELI_WORK/go-$1' ]; do sleep 0.05; done; echo BEFORE-THE-APP;
         env TERM=xterm-256color MMPREP_DATA_DIR='$DATA' '$BIN' $2 --banks '$BANK' --only-banks;
         echo \$? >'$RELI_WORK/exit-$1'; stty -a >'$RELI_WORK/stty-$1'; echo DONE; sleep 120"
    tm select-pane -t "$1" -T "title-before-the-app"
    # Let programs write the clipboard (OSC 52), so a payload that got through would show up as a buffer.
    tm set-option -g set-clipboard on
    touch "$RELI_WORK/go-$1"
}
# untouched SESSION WHAT: the app still owns the alternate screen, the title is ours, no clipboard write.
untouched() {
    check "$1: $2: alternate screen still on" [ "$(pane "$1" '#{alternate_on}')" = 1 ]
    check "$1: $2: title unchanged" [ "$(pane "$1" '#{pane_title}')" = "title-before-the-app" ]
    check "$1: $2: clipboard untouched" [ -z "$(tm list-buffers 2>/dev/null)" ]
}
# framed SESSION WHAT: the screen was not cleared behind the app's back: header and footer rows are there.
framed() {
    local shot
    shot=$(screen_of "$1")
    check "$1: $2: header row intact" bash -c "printf '%s\n' \"\$1\" | head -n 1 | grep -qE 'Question [0-9]+ of 6|Review|Results|mmprep'" _ "$shot"
    check "$1: $2: control characters shown as symbols" bash -c "printf '%s\n' \"\$1\" | grep -qE '␛|�|␇|␈'" _ "$shot"
}

start exam "exam --count 6 --minutes 10"
if wait_for exam "Question 1 of 6" 30; then
    for n in 1 2 3 4 5 6; do
        untouched exam "question $n"
        framed exam "question $n"
        # Page through the long stems, answer, strike out, flag; check after each.
        for key in PageDown PageDown PageDown a x b f; do
            tm send-keys -t exam "$key"
            sleep 0.15
        done
        untouched exam "question $n after keys"
        framed exam "question $n after keys"
        tm send-keys -t exam g; sleep 0.3
        untouched exam "navigator at $n"
        tm send-keys -t exam Escape Right; sleep 0.3
    done
    tm send-keys -t exam s; sleep 0.3
    tm send-keys -t exam y
    check "exam: results shown" wait_for exam "of 6 correct" 10
    untouched exam results
    tm send-keys -t exam r; sleep 0.5
    for n in 1 2 3 4 5 6; do
        untouched exam "review $n"
        tm send-keys -t exam Right; sleep 0.2
    done
    tm send-keys -t exam q; sleep 0.3
    tm send-keys -t exam q; sleep 0.3
    untouched exam home
    tm send-keys -t exam q
    check "exam: the program ended" wait_for exam DONE 15
    check "exam: exit status 0" [ "$(cat "$RELI_WORK/exit-exam" 2>/dev/null)" = 0 ]
    check "exam: terminal restored" terminal_sane exam "$RELI_WORK/stty-exam"
    check "exam: title unchanged after exit" [ "$(pane exam '#{pane_title}')" = "title-before-the-app" ]
    check "exam: the screen from before the app is back, not cleared" wait_for exam BEFORE-THE-APP 2
    check "exam: clipboard untouched after exit" [ -z "$(tm list-buffers 2>/dev/null)" ]
else
    fail "exam: did not start"; screen_of exam >&2
fi

# The validator lists the bank's problems without sending any of its text raw to the terminal.
out=$("$BIN" bank validate "$BANK" 2>&1 || true)
check "bank validate: no raw ESC in its output" bash -c "! printf '%s' \"\$1\" | grep -q $'\\e'" _ "$out"
check "bank validate: no raw C1 CSI in its output" bash -c "! printf '%s' \"\$1\" | grep -q $'\\u009b'" _ "$out"
reli_summary
