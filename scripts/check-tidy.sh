#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy: the curated checks, every finding an error) over the product sources of a build
# configured with CMAKE_EXPORT_COMPILE_COMMANDS=ON. CI runs it from scripts/setup.sh test.
#   scripts/check-tidy.sh BUILD_DIR [FILE_REGEX]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:?usage: scripts/check-tidy.sh BUILD_DIR [FILE_REGEX]}
# Product code only: tests and benchmarks follow the same compiler warnings, but not every tidy rule (QCOMPARE
# and friends trip bugprone checks by design). Generated moc/rcc files are not ours.
regex=${2:-"$root/(models|ui|printing|app|county|translations)/.*\.cpp$"}
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json" >&2; exit 2; }
jobs=${CERTDESK_TIDY_JOBS:-$(nproc)}
start=$(date +%s)
# The build precompiles Qt's headers with GCC (CERTDESK_PCH_*): clang 14 would pick up the GCC .gch behind
# `-include cmake_pch.hxx` and refuse it. clang-tidy reads a copy of the database where each target's PCH is clang's
# own, built from the same header with the same flags (scripts/tidy-db.py): a fifth less time per unit, the same
# findings.
db=$build/clang-tidy-db
mkdir -p "$db"
python3 "$root/scripts/tidy-db.py" "$build/compile_commands.json" "$db" "$regex"
run-clang-tidy -p "$db" -j "$jobs" -quiet "$regex" >"$build/clang-tidy.log" 2>&1 || status=$?
status=${status:-0}
# run-clang-tidy exits non-zero on findings (WarningsAsErrors: '*'); show them, not the progress lines.
grep -E "(warning|error):" "$build/clang-tidy.log" | sort -u >&2 || true
echo "clang-tidy: $(( $(date +%s) - start )) s with -j $jobs (log: $build/clang-tidy.log)"
exit "$status"
