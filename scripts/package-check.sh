#!/usr/bin/env bash
# The packaging checks of CI (docs/packaging.md), run by `scripts/setup.sh test` after ctest on the tree it has
# just built: build the .debs from that tree (no rebuild), lintian (no errors), desktop-file-validate, appstreamcli
# validate, systemd-analyze verify, install with apt-get, run what was installed, purge, check nothing is left.
# Needs root (apt-get install); every failure ends the script with a non-zero status.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CERTDESK_BUILD_DIR:-$root/build}
dist=$root/dist
passed=0
failed=0
started=$(date +%s.%N)

step() { echo "== package-check: $*"; }
ok() { passed=$((passed + 1)); echo "   ok: $*"; }
fail() {
    failed=$((failed + 1))
    echo "   FAILED: $*" >&2
    echo "package-check: $passed passed, $failed failed"
    exit 1
}
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

[ "$(id -u)" -eq 0 ] || fail "must run as root (it installs and purges the packages)"
for tool in cpack lintian desktop-file-validate appstreamcli systemd-analyze dpkg-shlibdeps apt-get; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup.sh installs it)"
done

step "build the packages from $build"
t=$(date +%s.%N)
"$root/scripts/setup.sh" package-only >/tmp/certdesk-cpack.log 2>&1 || { cat /tmp/certdesk-cpack.log; fail "cpack"; }
mapfile -t debs < <(ls "$dist"/certdesk_*.deb "$dist"/certdesk-county_*.deb "$dist"/certdesk-county-console_*.deb 2>/dev/null)
[ ${#debs[@]} -eq 3 ] ||
    fail "expected certdesk, certdesk-county and certdesk-county-console .debs in dist/, found: ${debs[*]:-none}"
ok "built ${debs[*]##*/} in $(elapsed "$t") s"
for deb in "${debs[@]}"; do
    echo "   --- $(basename "$deb")"
    dpkg-deb -f "$deb" Package Version Depends Recommends | sed 's/^/   /'
done
dpkg-deb -c "$dist"/certdesk_*.deb | grep -q 'certdesk-samsim' && fail "a simulator is in the certdesk package"

step "lintian"
t=$(date +%s.%N)
lintian_out=$(lintian --fail-on error --tag-display-limit 0 "${debs[@]}" 2>&1) && lintian_rc=0 || lintian_rc=$?
echo "$lintian_out" | sed 's/^/   /'
[ "$lintian_rc" -eq 0 ] || fail "lintian reports errors (exit $lintian_rc)"
echo "$lintian_out" | grep -q '^E:' && fail "lintian reports errors"
ok "lintian: no errors, $(echo "$lintian_out" | grep -c '^W:' || true) warning(s) ($(elapsed "$t") s)"

step "install with apt-get"
t=$(date +%s.%N)
for pkg in certdesk certdesk-county certdesk-county-console; do
    dpkg-query -W "$pkg" >/dev/null 2>&1 && apt-get purge -y -qq "$pkg" >/dev/null
done
before=$(mktemp)
after=$(mktemp)
find /usr /etc -xdev -not -type d 2>/dev/null | sort >"$before"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${debs[@]}" >/tmp/certdesk-apt.log 2>&1 ||
    { cat /tmp/certdesk-apt.log; fail "apt-get install"; }
ok "installed ($(elapsed "$t") s)"

step "validate the installed desktop entry, metainfo and unit"
desktop=/usr/share/applications/org.certdesk.CertDesk.desktop
metainfo=/usr/share/metainfo/org.certdesk.CertDesk.metainfo.xml
unit=$(dpkg -L certdesk-county | grep '/systemd/system/certdesk-county.service$' || true)
[ -n "$unit" ] || fail "certdesk-county.service is not in the package"
for d in "$desktop" /usr/share/applications/org.certdesk.CountyConsole.desktop; do
    desktop-file-validate "$d" || fail "desktop-file-validate $d"
done
ok "desktop-file-validate (counter, county console)"
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate $metainfo"
ok "appstreamcli validate --no-net"
systemd-analyze verify "$unit" || fail "systemd-analyze verify $unit"
ok "systemd-analyze verify"
for size in 16x16 32x32 48x48 64x64 128x128 256x256 scalable; do
    ls /usr/share/icons/hicolor/$size/apps/org.certdesk.CertDesk.* >/dev/null || fail "no $size icon"
done
ls /usr/share/icons/hicolor/scalable/apps/org.certdesk.CountyConsole.svg >/dev/null || fail "no console icon"
for page in man1/certdesk.1.gz man1/certdesk-admin.1.gz man8/certdesk-county.8.gz man1/certdesk-county-console.1.gz; do
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "/usr/share/man/$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man page $page: $warnings"
done
ok "icons and man pages present, man pages render without warnings"

step "run what was installed"
version=$(/usr/bin/certdesk-admin --version) || fail "certdesk-admin --version"
echo "   $version"
[[ "$version" == "certdesk-admin "[0-9]* ]] || fail "certdesk-admin --version printed '$version'"
for program in certdesk certdesk-county certdesk-county-console; do
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY "/usr/bin/$program" --version) || fail "$program --version"
    [[ "$out" == "$program ${version#certdesk-admin }" ]] || fail "$program --version printed '$out'"
done
ok "--version of certdesk, certdesk-admin, certdesk-county, certdesk-county-console: ${version#certdesk-admin }"
/usr/bin/certdesk-admin check-id 11010519491231002X --json | grep -q '"valid": true' || fail "check-id of a valid ID"
if /usr/bin/certdesk-admin check-id 110105194912310021 >/dev/null 2>&1; then fail "check-id accepted a bad check digit"; fi
ok "certdesk-admin check-id (valid accepted, bad check digit refused)"

step "start certdesk-county through the unit's ExecStart"
data=$(mktemp -d)
/usr/bin/certdesk-county --data "$data/county" init --county-code 330100 --county-name "Package check" >/dev/null ||
    fail "certdesk-county init"
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
[ -n "$exec_start" ] || fail "no ExecStart in $unit"
echo "   ExecStart=$exec_start"
log=$data/serve.log
(
    set -a
    # shellcheck disable=SC1091
    . /etc/default/certdesk-county # the unit's EnvironmentFile, then this check's own data dir and port
    CERTDESK_COUNTY_DATA=$data/county
    CERTDESK_COUNTY_LISTEN=127.0.0.1:0
    set +a
    eval "exec $exec_start"
) >"$log" 2>&1 &
serve=$!
for _ in $(seq 1 100); do
    grep -q '^listening on ' "$log" && break
    kill -0 "$serve" 2>/dev/null || break
    sleep 0.1
done
grep -q '^listening on 127.0.0.1:' "$log" || { cat "$log"; kill "$serve" 2>/dev/null || true; fail "no 'listening on'"; }
kill -TERM "$serve"
wait "$serve" || fail "certdesk-county did not stop cleanly on SIGTERM"
ok "$(grep '^listening on' "$log") , stopped by SIGTERM"
rm -rf "$data"

step "purge and look for leftovers"
t=$(date +%s.%N)
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq certdesk certdesk-county certdesk-county-console >/tmp/certdesk-apt.log 2>&1 ||
    { cat /tmp/certdesk-apt.log; fail "apt-get purge"; }
for pkg in certdesk certdesk-county certdesk-county-console; do
    listed=$(dpkg -L "$pkg" 2>/dev/null || true)
    [ -z "$listed" ] || fail "dpkg -L $pkg still lists: $listed"
done
find /usr /etc -xdev -not -type d 2>/dev/null | sort >"$after"
stray=()
while IFS= read -r f; do
    dpkg -S "$f" >/dev/null 2>&1 && continue # a dependency apt pulled in, owned by its package
    case "$f" in
    */mimeinfo.cache | */icon-theme.cache | /etc/ld.so.cache) continue ;; # caches rebuilt by triggers
    esac
    stray+=("$f")
done < <(comm -13 "$before" "$after")
[ ${#stray[@]} -eq 0 ] || fail "left behind: ${stray[*]}"
find /usr /etc -xdev -name '*certdesk*' | grep . && fail "files named certdesk remain"
rm -f "$before" "$after"
ok "purged: dpkg -L empty, nothing left under /usr or /etc ($(elapsed "$t") s)"

echo "package-check: all checks took $(elapsed "$started") s"
echo "package-check: $passed passed, $failed failed"
