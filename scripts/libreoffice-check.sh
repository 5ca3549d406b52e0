#!/usr/bin/env bash
# Opens selfeval's outputs in LibreOffice (headless conversion to PDF): the summary 汇总.xlsx and every scored
# copy of samples/ (.xlsx and .xls). A file LibreOffice cannot load fails the conversion, and this script exits
# non-zero. With --pictures it also renders the pages shown in docs/ (needs pdftoppm from poppler-utils), one per
# output kind: the 汇总, 问题清单 and 统计 sheets; a scored form, the page of its comments printed after it, and
# its 校验结果 sheet.
# Word documents (.docx, also the .docx scored from the .doc sample) are converted too.
# Needs: apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-noto-cjk
#   fonts-crosextra-carlito (Carlito: Calibri's widths; without it every column is drawn a quarter wider than in
#   Excel and the rows, sized for Excel, look too tall: docs/report.md)
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v fc-match >/dev/null && ! fc-match Calibri | grep -qi -e carlito -e calibri; then
  echo "warning: no Calibri or Carlito (apt-get install fonts-crosextra-carlito): columns are drawn wider than in Excel" >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q package -DskipTests
java -jar target/selfeval.jar batch samples --out "$work/out" --quiet || true   # exit 1: samples have errors
fail=0
# each file converts into a folder of its own: a.xls and a.xlsx would both become a.pdf
pdf_of() { echo "$work/pdf/$1/$(basename "${1%.*}").pdf"; }
while IFS= read -r -d '' f; do
  rel=${f#"$work/out/"}
  mkdir -p "$work/pdf/$rel"
  if ! timeout 120 soffice --headless --norestore --convert-to pdf --outdir "$work/pdf/$rel" "$f" \
      >"$work/lo.log" 2>&1 || [ ! -s "$(pdf_of "$rel")" ]; then
    echo "FAILED: $rel"; cat "$work/lo.log"; fail=1
  else
    echo "ok: $rel ($(pdfinfo "$(pdf_of "$rel")" 2>/dev/null | awk '/^Pages/ {print $2}') pages)"
  fi
done < <(find "$work/out" \( -name '*.xls*' -o -name '*.docx' \) -print0 | sort -z)
# page: the first page whose text holds the marker
page_with() { python3 - "$1" "$2" <<'PY'
import subprocess, sys
pdf, marker = sys.argv[1], sys.argv[2]
pages = int([l.split()[1] for l in subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
             .splitlines() if l.startswith("Pages")][0])
for p in range(1, pages + 1):
    text = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True, text=True).stdout
    if marker in text:
        print(p); break
else:
    sys.exit("no page with " + marker + " in " + pdf)
PY
}
picture() { # pdf, marker, name
  local p; p=$(page_with "$1" "$2")
  pdftoppm -r 110 -png -singlefile -f "$p" -l "$p" "$1" "docs/images/$3"
}
if [ "${1:-}" = "--pictures" ]; then
  rm -f docs/images/*.png
  summary=$(pdf_of 汇总.xlsx)
  picture "$summary" "主要问题" summary-sheet
  picture "$summary" "问题类型" summary-findings
  picture "$summary" "按问题类型" summary-statistics
  seed=$(pdf_of 00-霍邱-困难职工送温暖.xlsx)
  picture "$seed" "年度资金总额" scored-seed-form
  picture "$seed" "有错误的单元格" scored-seed-results
  picture "$(pdf_of 00-霍邱-困难职工送温暖.xls)" "selfeval 校验" scored-seed-comments
  # the seed Word document: the form table (page 2) and the 校验结果 section (the last page)
  seed=$(pdf_of 00-霍邱-困难职工送温暖.docx)
  last=$(pdfinfo "$seed" | awk '/^Pages/ {print $2}')
  pdftoppm -r 80 -png -singlefile -f 2 -l 2 "$seed" docs/images/scored-seed-docx-form
  pdftoppm -r 80 -png -singlefile -f "$last" -l "$last" "$seed" docs/images/scored-seed-docx-results
  ls docs/images
fi
exit $fail
