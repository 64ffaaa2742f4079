#!/usr/bin/env bash
# The sanitizer step of CI, run by `scripts/setup.sh test` after the main suite (docs/testing-faults.md): a second
# tree built with -DCERTDESK_SANITIZE=address,undefined (GCC's ASan + UBSan, every report fatal) and the non-GUI
# suites of the ctest label `sanitize` run in it — store, domain, io, codecs, protocol, sync, county, crash points,
# corrupt files, full disks. The GUI suites, the printing suites and the long CLI walks stay out to keep .ci/run under
# 60 minutes.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CERTDESK_SANITIZE_BUILD_DIR:-$root/build-sanitize}
started=$(date +%s)
# -O1 -g1 (line tables): what the sanitizers' own docs advise, and about a third less compile time than -O2 -g.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
    -DCERTDESK_SANITIZE=address,undefined -DCERTDESK_BUILD_BENCH=OFF -DCERTDESK_BUILD_FUZZERS=OFF >/dev/null
# The suites are the ctest label `sanitize` (tests/CMakeLists.txt, CERTDESK_SANITIZE_SUITES); the configured tree
# lists them before anything is built.
mapfile -t tests < <(ctest --test-dir "$build" -N -L '^sanitize$' | sed -n 's/^ *Test *#[0-9]*: *//p')
if [ ${#tests[@]} -lt 1 ]; then
    echo "== sanitize-check: no suite carries the ctest label sanitize" >&2
    exit 1
fi
echo "== sanitize-check: building ${#tests[@]} suites with address,undefined in $build"
cmake --build "$build" --parallel "$(nproc)" --target "${tests[@]}"
built=$(date +%s)
# Leak checking stays off: Qt's process-lifetime singletons would be reported. The children the suites start
# (certdesk-admin, certdesk-county, the crash child) inherit the options; a test that expects a child to fail could
# take a report's exit status for the expected failure, so every report is also written to $reports, and any
# file there fails the step.
reports=$build/sanitizer-reports
rm -rf "$reports" && mkdir -p "$reports"
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=0:strict_string_checks=1:log_path=$reports/asan
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan
status=0
CERTDESK_REQUIRE_POSTGRES=1 CERTDESK_REQUIRE_TOOLS=1 ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" \
    -L '^sanitize$' || status=$?
if [ -n "$(ls -A "$reports")" ]; then
    echo "== sanitize-check: sanitizer reports in $reports:" >&2
    head -n 60 "$reports"/* >&2
    status=1
fi
echo "== sanitize-check: build $((built - started)) s, tests $(($(date +%s) - built)) s, status $status"
exit "$status"
