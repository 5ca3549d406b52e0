#!/usr/bin/env bash
# Opens selfeval's outputs in LibreOffice (headless conversion to PDF): the summary 汇总.xlsx and every scored
# copy of samples/. A file LibreOffice cannot load fails the conversion, and this script exits non-zero.
# With --pictures it also renders the pages shown in docs/ (needs pdftoppm from poppler-utils).
# Needs: apt-get install -y libreoffice-calc-nogui poppler-utils fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q package -DskipTests
java -jar target/selfeval.jar batch samples --out "$work/out" --quiet || true   # exit 1: samples have errors
fail=0
while IFS= read -r -d '' f; do
  rel=${f#"$work/out/"}
  mkdir -p "$work/pdf/$(dirname "$rel")"
  if ! timeout 120 soffice --headless --norestore --convert-to pdf --outdir "$work/pdf/$(dirname "$rel")" "$f" \
      >"$work/lo.log" 2>&1 || [ ! -s "$work/pdf/${rel%.*}.pdf" ]; then
    echo "FAILED: $rel"; cat "$work/lo.log"; fail=1
  else
    echo "ok: $rel ($(pdfinfo "$work/pdf/${rel%.*}.pdf" 2>/dev/null | awk '/^Pages/ {print $2}') pages)"
  fi
done < <(find "$work/out" -name '*.xls*' -print0 | sort -z)
if [ "${1:-}" = "--pictures" ]; then
  rm -f docs/images/*.png
  last=$(pdfinfo "$work/pdf/汇总.pdf" | awk '/^Pages/ {print $2}')
  pdftoppm -r 110 -png -singlefile -f 1 -l 1 "$work/pdf/汇总.pdf" docs/images/summary-sheet
  pdftoppm -r 110 -png -singlefile -f "$last" -l "$last" "$work/pdf/汇总.pdf" docs/images/summary-statistics
  # the seed workbook: cover (page 1), the form, then 校验结果 (the last page)
  last=$(pdfinfo "$work/pdf/00-霍邱-困难职工送温暖.pdf" | awk '/^Pages/ {print $2}')
  pdftoppm -r 110 -png -singlefile -f 2 -l 2 "$work/pdf/00-霍邱-困难职工送温暖.pdf" docs/images/scored-seed-form
  pdftoppm -r 110 -png -singlefile -f "$last" -l "$last" "$work/pdf/00-霍邱-困难职工送温暖.pdf" \
    docs/images/scored-seed-results
  ls docs/images
fi
exit $fail
