#!/usr/bin/env bash
# One entry point for a newcomer on Debian 12:
#   scripts/setup.sh run   install what is missing, build, create the demo database if none, start CertDesk
#   scripts/setup.sh test  install what is missing, build, run the whole ctest suite, then the packaging checks
#   scripts/setup.sh package  install what is missing, build, make the Debian packages in dist/ (docs/packaging.md)
set -euo pipefail

mode=${1:-run}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CERTDESK_BUILD_DIR:-$root/build}

packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-serialport-dev qt6-charts-dev libqt6sql6-psql libqt6sql6-sqlite
    libqt6opengl6-dev
    libsqlcipher-dev libssl-dev libqrcodegencpp-dev libpcsclite-dev
    libminizip-dev libfreexl-dev libxlsxwriter-dev
    fonts-noto-cjk fonts-droid-fallback
)
# Making the .debs: dpkg-shlibdeps computes their library dependencies.
package_packages=(dpkg-dev)
# Only the test suite needs these: PDF text and QR checks, a real PostgreSQL, the PC/SC daemon with a virtual
# card reader, the fuzzers (clang's libFuzzer), network namespaces with netem, the .xls fixtures (python3-xlwt)
# and the style checks.
test_packages=(
    poppler-utils zbar-tools postgresql pcscd vsmartcard-vpcd clang libclang-rt-14-dev iproute2 sqlite3 python3-xlwt
    clang-tidy clang-format
    "${package_packages[@]}" lintian desktop-file-utils appstream systemd man-db
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Extra arguments go to the configure step (the test mode turns warnings into errors).
build_all() {
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
}

# cpack on the tree already built: installs each component into dist/_CPack_Packages, strips, computes the
# dependencies; nothing is compiled again.
make_packages() {
    local dist=$root/dist
    mkdir -p "$dist"
    rm -f "$dist"/certdesk*.deb
    (cd "$build" && cpack --config "$build/CPackConfig.cmake" -B "$dist")
    rm -rf "$dist/_CPack_Packages"
    ls -l "$dist"/*.deb
}

case "$mode" in
run)
    install_missing
    # A newcomer's compiler may warn where CI's does not: warnings never stop `run`.
    build_all -DCMAKE_COMPILE_WARNING_AS_ERROR=OFF
    demo_dir=${CERTDESK_DEMO_DIR:-$root/demo}
    mkdir -p "$demo_dir"
    db="$demo_dir/demo.db"
    if [ ! -f "$db" ]; then
        "$build/app/certdesk-admin" --db "$db" demo
    else
        echo "Demo database: $db (accounts clerk/demo-clerk, super/demo-super, admin/demo-admin)"
    fi
    # The demo speaks Chinese by default; pass --lang en for English.
    exec "$build/app/certdesk" --db "$db" --lang "${CERTDESK_LANG:-zh_CN}"
    ;;
test)
    packages+=("${test_packages[@]}")
    install_missing
    # The discipline of docs/architecture.md ("Build discipline"): formatted sources, no compiler warning.
    # Formatting first: it takes seconds and needs no build.
    "$root/scripts/check-format.sh"
    # -g1 (line tables, what backtraces need): full -g costs a fifth more compile time for nothing a test reads.
    build_all -DCMAKE_COMPILE_WARNING_AS_ERROR=ON -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
    # clang-tidy (.clang-tidy, zero findings) takes ~38 CPU-minutes (212 units, 10.8 s each): it runs beside the
    # test suites at the lowest priority, so it takes the CPU the suites leave idle while they wait on processes,
    # sockets and disks, and is waited for at the end (docs/architecture.md "Build discipline").
    nice -n 19 setsid "$root/scripts/check-tidy.sh" "$build" &
    tidy_pid=$!
    trap 'kill -- -"$tidy_pid" 2>/dev/null || true' EXIT
    # Every tool the tests drive was installed above (PostgreSQL, poppler, zbar, pcscd with vpcd): their tests
    # must run here, not skip.
    # The non-GUI suites run once, in the sanitizer step below (ASan + UBSan, every report fatal), not here too.
    CERTDESK_REQUIRE_POSTGRES=1 CERTDESK_REQUIRE_TOOLS=1 \
        ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" -LE '^sanitize$'
    "$root/scripts/sanitize-check.sh"
    # The packages from the same tree: build, lintian, validate, install, run, purge (docs/packaging.md).
    "$root/scripts/package-check.sh"
    echo "== waiting for clang-tidy"
    wait "$tidy_pid"
    trap - EXIT
    ;;
package)
    packages+=("${package_packages[@]}")
    install_missing
    build_all
    make_packages
    ;;
package-only) # used by scripts/package-check.sh: the tree is built already
    make_packages
    ;;
*)
    echo "usage: scripts/setup.sh run|test|package" >&2
    exit 2
    ;;
esac
