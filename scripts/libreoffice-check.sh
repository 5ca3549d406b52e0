#!/usr/bin/env bash
# Opens selfeval's outputs in LibreOffice (headless conversion to PDF): the summary 汇总.xlsx and every scored
# copy of samples/, workbooks and Word documents alike (.xlsx, .xls, .docx — also the .docx scored from the .doc
# sample). A file LibreOffice cannot load fails the conversion, and this script exits non-zero. Each file gets its
# own PDF folder, since the seed's .xlsx, .xls and .docx copies share a base name.
# With --pictures it also renders the pages shown in docs/ (needs pdftoppm from poppler-utils).
# Needs: apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q package -DskipTests
java -jar target/selfeval.jar batch samples --out "$work/out" --quiet || true   # exit 1: samples have errors
fail=0
# the PDF LibreOffice made of an output (relative to out/)
pdf() { local base; base=$(basename "$1"); echo "$work/pdf/$1/${base%.*}.pdf"; }
while IFS= read -r -d '' f; do
  rel=${f#"$work/out/"}
  mkdir -p "$work/pdf/$rel"
  if ! timeout 120 soffice --headless --norestore --convert-to pdf --outdir "$work/pdf/$rel" "$f" \
      >"$work/lo.log" 2>&1 || [ ! -s "$(pdf "$rel")" ]; then
    echo "FAILED: $rel"; cat "$work/lo.log"; fail=1
  else
    echo "ok: $rel ($(pdfinfo "$(pdf "$rel")" 2>/dev/null | awk '/^Pages/ {print $2}') pages)"
  fi
done < <(find "$work/out" \( -name '*.xls*' -o -name '*.docx' \) -print0 | sort -z)
if [ "${1:-}" = "--pictures" ]; then
  rm -f docs/images/*.png
  summary=$(pdf 汇总.xlsx)
  last=$(pdfinfo "$summary" | awk '/^Pages/ {print $2}')
  pdftoppm -r 110 -png -singlefile -f 1 -l 1 "$summary" docs/images/summary-sheet
  pdftoppm -r 110 -png -singlefile -f "$last" -l "$last" "$summary" docs/images/summary-statistics
  # the seed workbook: cover (page 1), the form, then 校验结果 (the last page)
  seed=$(pdf 00-霍邱-困难职工送温暖.xlsx)
  last=$(pdfinfo "$seed" | awk '/^Pages/ {print $2}')
  pdftoppm -r 110 -png -singlefile -f 2 -l 2 "$seed" docs/images/scored-seed-form
  pdftoppm -r 110 -png -singlefile -f "$last" -l "$last" "$seed" docs/images/scored-seed-results
  # the seed Word document: the form table (page 2) and the 校验结果 section (the last page)
  seed=$(pdf 00-霍邱-困难职工送温暖.docx)
  last=$(pdfinfo "$seed" | awk '/^Pages/ {print $2}')
  pdftoppm -r 80 -png -singlefile -f 2 -l 2 "$seed" docs/images/scored-seed-docx-form
  pdftoppm -r 80 -png -singlefile -f "$last" -l "$last" "$seed" docs/images/scored-seed-docx-results
  ls docs/images
fi
exit $fail
