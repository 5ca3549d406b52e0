#!/usr/bin/env bash
# bench/rounds.sh — the second round (docs/benchmarks.md, "Rounds"): a batch over N workbooks, the same batch
# again over the unchanged folder (stored results re-used), then with --full (everything scored again: its
# report.json and 汇总.xlsx must be the re-using run's, byte for byte and part for part), one form corrected and
# the batch run again; then a hot folder restarted over an output folder of M scored forms, timed until its
# first new file is scored and until 汇总.xlsx lists all M+1.
#
#   bench/rounds.sh                   # N=2000 M=5000
#   N=500 M=1000 bench/rounds.sh      # quicker; M=0: no hot folder
#   ONLY=restart bench/rounds.sh      # the hot folder's restart only
# Environment: N, M, THREADS (2), WORK (scratch, a new temp dir), SKIP_BUILD=1, KEEP=1 (keep WORK), ONLY=restart,
# SELFEVAL (the batch command, default bin/selfeval: the launcher, with its JVM flags and class archive).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-2000}
M=${M:-5000}
THREADS=${THREADS:-2}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/selfeval-rounds.XXXXXX")}
mkdir -p "$WORK"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -q -o package -DskipTests
JAR=$PWD/target/selfeval.jar
LFLAGS=$(sed -n 's/^flags="\(.*\)"$/\1/p' bin/selfeval)
run() { python3 bench/measure.py "$@"; }
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2"; }

if [ "${ONLY:-}" != restart ]; then
python3 bench/make_inputs.py samples "$N" "$WORK/in"
SELFEVAL=${SELFEVAL:-bin/selfeval}
[ "$SELFEVAL" != bin/selfeval ] || bin/selfeval --version >/dev/null # its class archive made before the timing
BATCH=($SELFEVAL batch "$WORK/in" --out "$WORK/out" --threads "$THREADS")
first=$(run first "${BATCH[@]}" 2>"$WORK/first.txt" || true)
second=$(run second "${BATCH[@]}" 2>"$WORK/second.txt" || true)
cp "$WORK/out/report.json" "$WORK/report-2.json"
cp "$WORK/out/汇总.xlsx" "$WORK/summary-2.xlsx"
rescored=$(run full "${BATCH[@]}" --full 2>"$WORK/full.txt" || true)
full=$(cd "$WORK" && python3 - <<'PY'
import zipfile
a, b = zipfile.ZipFile("summary-2.xlsx"), zipfile.ZipFile("out/汇总.xlsx")
parts = lambda z: {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}  # core.xml: the time written
print("report.json byte-identical:", open("report-2.json", "rb").read() == open("out/report.json", "rb").read(),
      "| 汇总.xlsx identical part for part (every sheet):", parts(a) == parts(b))
PY
)
# one form corrected: another sample's bytes in its place
victim=$(find "$WORK/in" -name '*00-霍邱*.xlsx' | sort | head -1)
cp samples/01-永德-营养改善-拆分指标值.xlsx "$victim"
third=$(run third "${BATCH[@]}" 2>"$WORK/third.txt" || true)
fi
if [ "$M" = 0 ]; then
    echo "| run | wall s | cpu s | peak RSS MB | final line |"; echo "|---|---|---|---|---|"
    for r in first second full third; do
        [ "$r" = full ] && line=$rescored || line=${!r}
        echo "| $r | $(field wall_s "$line") | $(field cpu_s "$line") | $(field peak_rss_mb "$line") | $(grep -h '^完成' "$WORK/$r.txt" | tail -1) |"
    done
    echo; echo "the re-using second run against the --full run after it: $full"
    exit 0
fi

# the hot folder restarted over M scored forms
mkdir -p "$WORK/classes" "$WORK/inbox"
javac -nowarn -cp "$JAR" -d "$WORK/classes" bench/StoreFill.java
fill=$(run fill java -cp "$JAR:$WORK/classes" StoreFill "samples/00-霍邱-困难职工送温暖.xlsx" "$WORK/inbox" "$WORK/hot" "$M")
restart=$(python3 - "$JAR" "$WORK" "$M" "$LFLAGS" <<'PY'
import os, shutil, subprocess, sys, time, zipfile
jar, work, m, flags = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split()
start = time.time()
p = subprocess.Popen(["java", *flags, "-jar", jar, "watch", f"{work}/inbox", "--out", f"{work}/hot", "--stable", "0.5",
                      "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copyfile("samples/03-普陀-体育中心结算-外省表头.xls", f"{work}/inbox/新.xls")
first = second = summary = None
while time.time() - start < 900:
    if first is None and os.path.exists(f"{work}/hot/新.xls"):
        first = time.time() - start
        # a second file as soon as the first is served: while the summary of all M is being written
        shutil.copyfile("samples/00-霍邱-困难职工送温暖.xlsx", f"{work}/inbox/新2.xlsx")
    if first is not None and second is None and os.path.exists(f"{work}/hot/新2.xlsx"):
        second = time.time() - start
    if first is not None and summary is None and os.path.exists(f"{work}/hot/汇总.xlsx"):
        summary = time.time() - start
    if first is not None and second is not None and summary is not None:
        break
    time.sleep(0.05)
stop = time.time()
p.terminate(); p.wait(30)  # SIGTERM: the shutdown hook stops the loop and writes the summary
print(f"first_new_file_s={first:.1f} second_new_file_s={second:.1f} summary_s={summary:.1f} "
      f"sigterm_to_exit_s={time.time() - stop:.1f}")
PY
)
if [ "${ONLY:-}" = restart ]; then
    echo "hot folder restarted over $M scored forms ($(field wall_s "$fill") s to make them), $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), load $(cut -d' ' -f1-3 /proc/loadavg): $restart" | tee "$WORK/rounds.md"
    exit 0
fi
{
    echo "## Rounds, $(date -u +%Y-%m-%dT%H:%MZ) (commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')), N=$N, M=$M, $THREADS threads, $(nproc) cores"
    echo
    echo "| run | wall s | cpu s | peak RSS MB | final line |"
    echo "|---|---|---|---|---|"
    for r in first second full third; do
        [ "$r" = full ] && line=$rescored || line=${!r}
        echo "| $r | $(field wall_s "$line") | $(field cpu_s "$line") | $(field peak_rss_mb "$line") | $(grep -h '^完成' "$WORK/$r.txt" | tail -1) |"
    done
    echo
    echo "the re-using second run against the --full run after it: $full"
    echo
    echo "hot folder restarted over $M scored forms ($(field wall_s "$fill") s to make them): $restart"
} | tee "$WORK/rounds.md"
