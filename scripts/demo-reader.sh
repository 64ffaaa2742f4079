#!/usr/bin/env bash
# The counter with the simulated ID card reader (docs/devices.md, "Demo with the simulated reader"):
# builds like scripts/setup.sh, creates the demo database if there is none, starts certdesk-samsim on a
# pseudo-terminal with no card on it, and opens certdesk on the demo database with a settings file of its own
# whose devices/sam_port points at the simulator. Then this terminal drives the reader, one line at a time:
#   place            lay the demo card (tests/data/cards/demo.json, a person with a pending demo form)
#   place FILE       lay another card file;  remove   lift the card;  any other samsim control line as is
# Closing the program stops the simulator; end of input (Ctrl-D) only stops taking control lines.
# usage: scripts/demo-reader.sh [--no-build] [extra certdesk arguments, e.g. --lang en]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CERTDESK_BUILD_DIR:-$root/build}
demo_dir=${CERTDESK_DEMO_DIR:-$root/demo}
card=$root/tests/data/cards/demo.json
if [ "${1:-}" = --no-build ]; then
    shift
else
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" --parallel "$(nproc)" --target certdesk certdesk-admin certdesk-samsim
fi
mkdir -p "$demo_dir"
db=$demo_dir/demo.db
[ -f "$db" ] || "$build/app/certdesk-admin" --db "$db" demo
work=$(mktemp -d)
link=$work/ttySIM
mkfifo "$work/control"
# The fifo stays open for writing on fd 3 so the simulator keeps running between control lines.
"$build/tools/samsim/certdesk-samsim" --link "$link" <"$work/control" &
sim=$!
exec 3>"$work/control"
app=
cleanup() {
    if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; fi
    echo quit >&3 2>/dev/null || true
    exec 3>&-
    wait "$sim" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 50); do [ -e "$link" ] && break; sleep 0.1; done
[ -e "$link" ] || { echo "certdesk-samsim did not start" >&2; exit 1; }
# The reader's port is a setting of this PC (readersettings.h): a settings file of the demo's own, so the real one
# is left alone.
mkdir -p "$work/config/CertDesk"
printf '[devices]\nsam_port=%s\n' "$link" >"$work/config/CertDesk/certdesk.conf"
XDG_CONFIG_HOME="$work/config" "$build/app/certdesk" --db "$db" --lang "${CERTDESK_LANG:-zh_CN}" "$@" &
app=$!
echo "Sign in as clerk / demo-clerk, then type 'place' here to lay the demo card on the reader ('remove' lifts it)."
while kill -0 "$app" 2>/dev/null; do
    rc=0
    IFS= read -r -t 1 line || rc=$?
    [ "$rc" -gt 128 ] && continue # nothing typed this second: look at the program again
    [ "$rc" -ne 0 ] && break      # end of input: the program goes on without a controlling terminal
    case $line in
    place) echo "place $card" >&3 ;;
    '') ;;
    *) echo "$line" >&3 ;;
    esac
done
wait "$app" || true
app=
