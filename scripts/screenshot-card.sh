#!/usr/bin/env bash
# Takes docs/screenshots/counter-card-zh_CN.png from the real program with the simulated ID card reader: runs
# scripts/demo-reader.sh under Xvfb (openbox as window manager) on a fresh demo database, signs in as the clerk,
# lays the demo card on the simulator, types the form's check code and grabs the screen.
# Needs: xvfb xdotool imagemagick openbox (not part of the set-up: only for refreshing docs).
# usage: scripts/screenshot-card.sh [BUILD_DIR] [OUT.png]   (BUILD_DIR already built)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs/screenshots/counter-card-zh_CN.png}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkfifo "$work/control"
cat >"$work/drive.sh" <<DRIVE
#!/usr/bin/env bash
openbox >/dev/null 2>&1 &
CERTDESK_BUILD_DIR="$build" CERTDESK_DEMO_DIR="$work/demo" "$root/scripts/demo-reader.sh" --no-build \
    <"$work/control" >"$work/demo.log" 2>&1 &
demo=\$!
exec 4>"$work/control"
for i in \$(seq 75); do xdotool search --name CertDesk >/dev/null 2>&1 && break; sleep 0.2; done
sleep 2
xdotool type --delay 120 clerk; xdotool key Tab; xdotool type --delay 120 demo-clerk; xdotool key Return
sleep 3
echo place >&4
sleep 4
# The demo card's person: the first demo form (see certdesk-admin demo).
check=\$(sed -n 's|^  YD[0-9]* / \([0-9]*\) / 440106195111100003 .*|\1|p' "$work/demo.log")
xdotool type --delay 120 "\$check"; xdotool key Return; sleep 2
import -window root "$out"
app=\$(pgrep -P \$demo -x certdesk) && kill \$app
exec 4>&-
wait \$demo
DRIVE
chmod +x "$work/drive.sh"
xvfb-run -a -s "-screen 0 1366x768x24" "$work/drive.sh"
echo "wrote $out"
