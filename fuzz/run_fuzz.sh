#!/bin/sh
# run_fuzz.sh CLANGXX TARGET OUT_DIR SECONDS — build fuzz/fuzz_TARGET.cpp with libFuzzer + ASan (when a source is
# newer than the binary) and run it for SECONDS over fuzz/corpus/TARGET. Exit 77 = skipped (no clang/libFuzzer).
set -eu
clangxx=$1 target=$2 out=$3 seconds=$4
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
if [ -z "$clangxx" ] || ! command -v "$clangxx" >/dev/null 2>&1; then
    echo "fuzz_$target: clang++ not found, skipped"; exit 77
fi
if ! pkg-config --exists Qt6Core; then
    echo "fuzz_$target: pkg-config Qt6Core not found, skipped"; exit 77
fi
mkdir -p "$out/corpus_$target"
bin=$out/fuzz_$target
case $target in
    ssse) codecs="$root/models/codec/ssseapdu.cpp $root/models/codec/sssecard.cpp" ;;
    *) codecs="$root/models/codec/samframe.cpp $root/models/codec/samtext.cpp" ;;
esac
srcs="$here/fuzz_$target.cpp $codecs"
build=1
if [ -x "$bin" ]; then
    build=0
    for s in $srcs "$root"/models/codec/*.h "$root/models/core/result.h"; do
        [ "$s" -nt "$bin" ] && build=1
    done
fi
if [ "$build" = 1 ]; then
    # Probe libFuzzer first so a missing libclang-rt is a skip, not a failure.
    printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' \
        > "$out/probe_$target.cpp"
    if ! "$clangxx" -fsanitize=fuzzer "$out/probe_$target.cpp" -o "$out/probe_$target" >/dev/null 2>&1; then
        echo "fuzz_$target: libFuzzer not available, skipped"; exit 77
    fi
    # shellcheck disable=SC2046 # pkg-config output is a word list
    "$clangxx" -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address -fno-omit-frame-pointer \
        -DQT_NO_CAST_FROM_ASCII -DQT_NO_KEYWORDS -I"$root/models" $(pkg-config --cflags Qt6Core) \
        $srcs $(pkg-config --libs Qt6Core) -o "$bin"
fi
# The first directory collects new inputs (kept between runs in the build tree); the seeds are read-only.
exec "$bin" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
    "$out/corpus_$target" "$here/corpus/$target"
