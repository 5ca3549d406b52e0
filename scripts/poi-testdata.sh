#!/usr/bin/env bash
# scripts/poi-testdata.sh — `batch` over Apache POI's own spreadsheet test files (docs/reliability.md): hundreds of
# odd real workbooks and non-workbooks. Checks that every file under the folder is reported (processed in
# report.json `files`, or listed in `skipped`), that no file is INTERNAL_ERROR, and that the terminal shows no
# stack trace and no log line. A local check, not part of `mvn test`.
#
#   scripts/poi-testdata.sh POI_GIT_DIR          # a clone (or bare mirror) of github.com/apache/poi
#   scripts/poi-testdata.sh --folder DIR         # test-data/spreadsheet already extracted
# Environment: WORK (scratch, a new temp dir), KEEP=1 (keep it), SKIP_BUILD=1, THREADS (2),
# SELFEVAL (the command, default bin/selfeval).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/selfeval-poi.XXXXXX")}
mkdir -p "$WORK"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
if [ "${1:-}" = --folder ]; then
    IN=$2
else
    POI=${1:?usage: scripts/poi-testdata.sh POI_GIT_DIR | --folder DIR}
    IN=$WORK/test-data/spreadsheet
    # `git archive HEAD test-data/spreadsheet | tar -x` where the clone is whole; file by file otherwise (a
    # partial mirror may lack a few large blobs: they are named and left out)
    if ! git -C "$POI" archive HEAD test-data/spreadsheet 2>/dev/null | tar -x -C "$WORK" 2>/dev/null; then
        rm -rf "$WORK/test-data"
        git -C "$POI" ls-tree -r HEAD test-data/spreadsheet | while read -r _ _ blob path; do
            mkdir -p "$WORK/$(dirname "$path")"
            git -C "$POI" cat-file blob "$blob" >"$WORK/$path" 2>/dev/null || { rm -f "$WORK/$path"; echo "absent from this clone: $path"; }
        done
    fi
fi
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -q -o package -DskipTests
SELFEVAL=${SELFEVAL:-bin/selfeval}
start=$(date +%s.%N)
set +e
$SELFEVAL batch "$IN" --out "$WORK/out" --threads "${THREADS:-2}" >"$WORK/stdout.txt" 2>"$WORK/stderr.txt"
status=$?
set -e
took=$(python3 -c "import time; print(f'{time.time() - $start:.1f}')")
python3 - "$IN" "$WORK" "$status" "$took" <<'PY'
import collections, json, os, sys
root, work, status, took = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
report = json.load(open(os.path.join(work, "out", "report.json"), encoding="utf-8"))
rel = lambda p: os.path.relpath(p, root).replace(os.sep, "/")
processed = [rel(f["file"]) for f in report["files"]]
skipped = {s["file"]: s["reason"] for s in report["skipped"]}
problems = []
if len(processed) != len(set(processed)):
    problems.append("a file reported twice")
everything = []
for d, dirs, files in os.walk(root, followlinks=False):
    for name in dirs + files:
        p = os.path.join(d, name)
        if os.path.isdir(p) and not os.path.islink(p):
            continue
        everything.append(rel(p))
done = set(processed)
missing = [p for p in everything if p not in done and p not in skipped
           and not any(p.startswith(f) for f in skipped if f.endswith("/"))]
if missing:
    problems.append(f"{len(missing)} files neither processed nor listed, e.g. {missing[:5]}")
codes = collections.Counter((f["error"] or {}).get("code", f["status"]) for f in report["files"])
if codes.get("INTERNAL_ERROR"):
    problems.append(f"{codes['INTERNAL_ERROR']} INTERNAL_ERROR")
err = open(os.path.join(work, "stderr.txt"), encoding="utf-8").read().splitlines()
noise = [l for l in err if l.startswith("\tat ") or "Exception" in l or "org.apache." in l or " WARN " in l
         or " ERROR " in l]
if noise:
    problems.append(f"{len(noise)} stack-trace or log lines on the terminal, e.g. {noise[:3]}")
reasons = collections.Counter(skipped.values())
print(f"files under the folder: {len(everything)}; processed {len(processed)}, skipped {len(skipped)}; "
      f"exit status {status}; {took} s")
print("processed by outcome:", ", ".join(f"{k} {v}" for k, v in codes.most_common()))
print("skipped by reason:", ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
print("last lines of the terminal:", *[l for l in err if not l.startswith("[")][-3:], sep="\n  ")
if problems:
    print("FAILED:", *problems, sep="\n  ")
    sys.exit(1)
print("OK: every file reported, no INTERNAL_ERROR, no stack trace or log line on the terminal")
PY
