#!/bin/sh
# Rebuilds src/assets/fonts/noto-naskh-arabic-400-arabic.woff2: Noto Naskh Arabic 400 from
# @fontsource (the version in package-lock.json), cut to the Arabic block (U+0600-06FF: the letters
# of Arabic, Persian and Urdu, the vowel marks, Arabic-Indic digits and punctuation) and the joiners,
# direction marks and hyphens Arabic text uses. Every shaping and mark-positioning rule for those
# characters is kept; other scripts' letters (Arabic Supplement, Extended-A, presentation forms,
# mathematical letters) fall back to the system's Arabic face. The ranges must match
# `unicode-range` in src/app.css (tests/unit/font-subset.test.ts checks they do).
#
# Needs fontTools with brotli (`pip install fonttools brotli`). Run from the repository root.
set -eu
RANGES='U+0600-06FF,U+200C-200F,U+2010-2011,U+204F,U+2E41'
pyftsubset node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2 \
	--unicodes="$RANGES" --layout-features='*' --name-IDs='*' --name-languages='*' \
	--flavor=woff2 --output-file=src/assets/fonts/noto-naskh-arabic-400-arabic.woff2
