#!/bin/sh
# Refresh the Korean translation of the window (run from anywhere; needs PySide6's tools):
#   1. core_strings.py lists the words of rnn_studio/core the window shows (the config fields'
#      help and choices, shared with the CLI: the window's tooltips); pyside6-lupdate collects them and every tr()/translate()/
#      QT_TRANSLATE_NOOP string of rnn_studio/gui into resources/i18n/rnn_studio_ko.ts, keeping the translations already there and
#      dropping those whose source text is gone;
#   2. translate the new entries (pyside6-linguist, or by hand in the .ts: no "unfinished" left);
#   3. pyside6-lrelease builds rnn_studio/gui/i18n/rnn_studio_ko.qm, which the package ships.
# LUPDATE / LRELEASE override the tools' paths (default: beside the python on PATH, else PATH).
set -eu
cd "$(dirname "$0")/../.."
BIN="$(dirname "$(command -v python3 || command -v python)")"
LUPDATE="${LUPDATE:-$( [ -x "$BIN/pyside6-lupdate" ] && echo "$BIN/pyside6-lupdate" || echo pyside6-lupdate)}"
LRELEASE="${LRELEASE:-$( [ -x "$BIN/pyside6-lrelease" ] && echo "$BIN/pyside6-lrelease" || echo pyside6-lrelease)}"
TS=resources/i18n/rnn_studio_ko.ts
QM=rnn_studio/gui/i18n/rnn_studio_ko.qm
PYTHON="${PYTHON:-$BIN/$(basename "$(command -v python3 || command -v python)")}"
if [ "${1:-}" != "--release-only" ]; then
    "$PYTHON" resources/i18n/core_strings.py
    # shellcheck disable=SC2046
    "$LUPDATE" $(find rnn_studio/gui -name '*.py' | LC_ALL=C sort) resources/i18n/core_strings_generated.py \
        -source-language en -target-language ko \
        -no-obsolete -ts "$TS"
fi
mkdir -p "$(dirname "$QM")"
"$LRELEASE" "$TS" -qm "$QM"
