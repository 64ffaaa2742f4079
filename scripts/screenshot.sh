#!/usr/bin/env bash
# Takes the README's screenshot from the real program: a fresh demo database, certdesk under Xvfb in zh_CN,
# a clerk signs in and types a form number, its check code and the ID presented, like at the counter.
# Needs: apt-get install xvfb xdotool imagemagick (not part of the set-up: only for refreshing docs).
# usage: scripts/screenshot.sh [BUILD_DIR] [OUT.png]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs/screenshots/counter-zh_CN.png}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/app/certdesk-admin" --db "$work/demo.db" demo >"$work/demo.txt"
# The first sample line: "  FORM / CHECK / ID / NAME"
read -r form check id < <(sed -n 's|^  \(YD[0-9]*\) / \([0-9]*\) / \([0-9X]*\) .*|\1 \2 \3|p' "$work/demo.txt" | head -1)
cat >"$work/drive.sh" <<DRIVE
#!/usr/bin/env bash
"$build/app/certdesk" --db "$work/demo.db" --lang zh_CN &
pid=\$!
for i in \$(seq 50); do xdotool search --name CertDesk >/dev/null 2>&1 && break; sleep 0.2; done
sleep 1
xdotool type --delay 120 clerk; xdotool key Tab; xdotool type --delay 120 demo-clerk; xdotool key Return
sleep 2
xdotool type --delay 120 "$form"; xdotool key Return; sleep 0.5
xdotool type --delay 120 "$check"; xdotool key Return; sleep 1
xdotool type --delay 120 "$id"; xdotool key Return; sleep 1.5
import -window root "$out"
kill \$pid
DRIVE
chmod +x "$work/drive.sh"
xvfb-run -a -s "-screen 0 1366x768x24" "$work/drive.sh"
echo "wrote $out"
