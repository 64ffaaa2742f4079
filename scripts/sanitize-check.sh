#!/usr/bin/env bash
# The sanitizer step of CI, run by `scripts/setup.sh test` after the main suite (docs/testing-faults.md): a second
# tree built with -DCERTDESK_SANITIZE=address,undefined (GCC's ASan + UBSan, every report fatal) and the non-GUI
# suites below run in it — store, domain, io, codecs, protocol, sync, county, crash points, corrupt files, full
# disks. The GUI suites, the printing suites and the long CLI walks stay out to keep .ci/run under 60 minutes.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CERTDESK_SANITIZE_BUILD_DIR:-$root/build-sanitize}
tests=(
    tst_store tst_domain tst_citizenid tst_accounts tst_audit tst_certification tst_crypto tst_keyslots tst_backup
    tst_csv tst_importrows tst_importer tst_importrecords
    tst_samcodec tst_samtext tst_ssscodec
    tst_syncclient tst_syncclient_pull tst_syncclient_backoff tst_sync_refusals tst_sync_recovery tst_sync_flow
    tst_crashpoints tst_corruptfiles tst_diskfull
    tst_county_store tst_county_protocol tst_county_server tst_county_hardening tst_county_faults
)
regex="^($(IFS='|' && echo "${tests[*]}"))\$"
# The main run of `scripts/setup.sh test` leaves these suites to this step: `--regex` prints them for ctest -E.
if [ "${1:-}" = --regex ]; then
    echo "$regex"
    exit 0
fi
started=$(date +%s)
echo "== sanitize-check: building ${#tests[@]} suites with address,undefined in $build"
# -O1 -g1 (line tables): what the sanitizers' own docs advise, and about a third less compile time than -O2 -g.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
    -DCERTDESK_SANITIZE=address,undefined -DCERTDESK_BUILD_BENCH=OFF -DCERTDESK_BUILD_FUZZERS=OFF >/dev/null
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
CERTDESK_REQUIRE_POSTGRES=1 CERTDESK_REQUIRE_TOOLS=1 ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" -R "$regex" || status=$?
if [ -n "$(ls -A "$reports")" ]; then
    echo "== sanitize-check: sanitizer reports in $reports:" >&2
    head -n 60 "$reports"/* >&2
    status=1
fi
echo "== sanitize-check: build $((built - started)) s, tests $(($(date +%s) - built)) s, status $status"
exit "$status"
