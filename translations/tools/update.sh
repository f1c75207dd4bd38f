#!/bin/bash
# Refreshes translations/*.ts from the sources, then fills the Hindi glossary's terms.
# lupdate runs on the file list (not the CMake-generated project, which Qt 6.4's lupdate refuses to
# combine with -I) and needs the repository root on its include path, or classes in namespaces lose
# their contexts (Tessera::Ui::MainWindow becomes MainWindow and every translation is orphaned).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
lupdate="$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)"
mapfile -t sources < <(find app core ui -name '*.cpp' -o -name '*.h' | sort)
"$lupdate" -no-obsolete -locations none -I "$root" "${sources[@]}" -ts translations/tessera_en.ts translations/tessera_hi.ts
python3 translations/tools/hindi_glossary.py
python3 translations/tools/english_plurals.py
