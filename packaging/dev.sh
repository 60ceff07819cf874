#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Tianye developers
#
# The README's two commands, for a fresh Debian 12 machine, as root or a sudoer:
#   packaging/dev.sh run    install what is missing, build, start Tianye on the demo project
#   packaging/dev.sh test   install what is missing, build (warnings are errors), run every test
# Also: setup (packages only), build. Safe to re-run: packages are installed only when
# missing and builds are incremental.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

setup() {
    local wanted missing=()
    wanted=$(sed -e 's/#.*//' packaging/debian-packages.txt | awk 'NF { print $1 }')
    for pkg in $wanted; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

case "${1:-}" in
    setup)
        setup
        ;;
    build)
        setup
        build default
        ;;
    run)
        setup
        build default
        demo="$root/build/demo/Demo.tianye"
        if [ ! -d "$demo" ]; then
            mkdir -p "$root/build/demo"
            build/default/app/cli/tianye-cli demo "$root/build/demo/Demo"
        fi
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display: run this from a desktop session, or under xvfb-run." >&2
            exit 1
        fi
        exec build/default/app/tianye "$demo"
        ;;
    test)
        setup
        build ci
        # Headless everything: no display, and a private runtime dir for GStreamer/PulseAudio.
        export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
        export GST_REGISTRY="$root/build/ci/gst-registry.bin"
        # Tests that need root (a tmpfs) or a sound server fail here, never skip.
        export TIANYE_TESTS_REQUIRE_ALL=1
        ctest --preset ci
        # The same tests again, built with AddressSanitizer and UndefinedBehaviorSanitizer
        # (a second build directory): memory errors and undefined behaviour fail the run.
        build asan
        # Leaks inside GStreamer/GLib and libpulse (process-wide state) are suppressed.
        export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" LSAN_OPTIONS="suppressions=$root/packaging/lsan.supp" \
            UBSAN_OPTIONS="print_stacktrace=1"
        ctest --preset asan -LE fuzz
        # Every importer fuzzed for a bounded time (tests/fuzz), two at a time.
        ctest --preset asan -L fuzz -j2
        ;;
    *)
        echo "Usage: packaging/dev.sh run|test|setup|build" >&2
        exit 2
        ;;
esac
