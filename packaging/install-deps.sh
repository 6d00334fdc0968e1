#!/usr/bin/env bash
# Installs what PCS Studio needs to build, run and test on Debian 12, from Debian's own packages.
# Idempotent: packages already installed are skipped, and nothing is fetched when none is missing.
# Non-interactive; uses sudo when not run as root.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ccache clang-format
  # libraries (DESIGN.md, Known toolchain facts)
  qt6-base-dev qt6-pdf-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6svg6 qt6-qpa-plugins fonts-dejavu-core
  libspdlog-dev catch2 libsqlitecpp-dev libsqlite3-dev libargon2-dev
  # the kiosk asks the X server whether its window still exists (modules/gui/src/kiosk/WindowPresence.cpp)
  libxcb1-dev
  # tests and looking at results
  xvfb xauth poppler-utils qpdf python3-icalendar
  # benchmarks (tests/bench/run-benchmarks.sh): the sqlite3 shell, GNU time for peak memory
  sqlite3 time
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
