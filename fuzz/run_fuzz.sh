#!/bin/sh
# run_fuzz.sh BIN CORPUS WORK ARTIFACTS SECONDS — one harness's ctest entry (docs/fuzzing.md):
#   1. replay: every file of CORPUS (fuzz/corpus/NAME: the seeds and the regression input of every finding) runs once;
#   2. a bounded run of SECONDS, starting from CORPUS and from what earlier runs in this build tree kept in WORK.
# A crash, a sanitizer report, a leak, a timeout or a broken property fails it; the input is written to ARTIFACTS.
set -eu
bin=$1 corpus=$2 work=$3 artifacts=$4 seconds=$5
name=$(basename "$bin")
if [ ! -x "$bin" ]; then
    echo "$name: $bin was not built. The fuzzers need clang++ with libFuzzer: scripts/setup.sh test installs" \
        "clang and libclang-rt-14-dev; then configure again." >&2
    exit 1
fi
mkdir -p "$work" "$artifacts"
set -- "$corpus"/*
echo "$name: replaying the $# inputs of $corpus"
if ! "$bin" "$@" >"$work.replay.log" 2>&1; then
    cat "$work.replay.log"
    echo "$name: FINDING: an input of $corpus fails again (the last 'Running:' line above names it)." >&2
    exit 1
fi
status=0
"$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$name-" "$work" "$corpus" || status=$?
if [ "$status" -ne 0 ]; then
    echo "$name: FINDING (exit $status). The input is kept in $artifacts:" >&2
    ls -l "$artifacts" >&2
    echo "Replay it with: $bin FILE; fix, then add FILE to $corpus as a regression input." >&2
fi
exit "$status"
