#!/bin/sh
# run_fuzz.sh BINARY CORPUS_DIR SEED_DIR ARTIFACT_DIR SECONDS [libFuzzer options…] — runs one harness (built by
# fuzz/clang/ through CMake) for SECONDS over its seeds. New inputs collect in CORPUS_DIR (kept between runs);
# a crashing input is written to ARTIFACT_DIR/NAME-crash-… and the run fails.
set -eu
bin=$1 corpus=$2 seeds=$3 artifacts=$4 seconds=$5
shift 5
name=$(basename "$bin")
if [ ! -x "$bin" ]; then
    echo "$name: not built (the certdesk_fuzzers target builds it with clang++ and libFuzzer)"; exit 1
fi
mkdir -p "$corpus" "$artifacts" "$seeds"
exec "$bin" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$name-" "$@" "$corpus" "$seeds"
