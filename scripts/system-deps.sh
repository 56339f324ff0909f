#!/usr/bin/env bash
# Install the Debian/Ubuntu packages reporter needs, only those that are missing.
#   scripts/system-deps.sh brief   -> what building a PDF needs
#   scripts/system-deps.sh test    -> that, plus what the test suite drives
set -euo pipefail

what="${1:-brief}"
# fonts-noto-cjk: the CJK serif and sans the brief embeds.
# libharfbuzz-subset0: WeasyPrint's fast font subsetting (without it: ~15 s per PDF).
# python3-venv: Debian splits venv out of python3.
# fontconfig: fc-list, which reporter asks whether a font covers Chinese before a PDF.
BRIEF_PKGS=(fonts-noto-cjk fontconfig libharfbuzz-subset0 python3-venv)
# poppler-utils: pdffonts/pdftotext in tests; chromium: the preview test's browser.
TEST_PKGS=(poppler-utils chromium)

pkgs=("${BRIEF_PKGS[@]}")
if [ "$what" = "test" ]; then pkgs+=("${TEST_PKGS[@]}"); fi

missing=()
for p in "${pkgs[@]}"; do
    if [ "$p" = "python3-venv" ] && python3 -c 'import venv, ensurepip' 2>/dev/null; then
        continue  # a Python with venv and ensurepip built in (pyenv, python.org) needs no package
    fi
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi

if ! command -v apt-get >/dev/null 2>&1; then
    cat >&2 <<MSG
reporter: this machine has no apt-get, so these could not be installed: ${missing[*]}
  Install their equivalents with your package manager, then run make again:
  - a CJK font (Noto Serif CJK and Noto Sans CJK, e.g. fonts-noto-cjk / google-noto-cjk-fonts)
    and fontconfig's fc-list (fontconfig)
  - HarfBuzz's subset library (libharfbuzz-subset0 / harfbuzz) for fast PDF font subsetting
  - poppler's command-line tools (pdffonts, pdftotext) and Chromium, for the tests
MSG
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "reporter: installing system packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
