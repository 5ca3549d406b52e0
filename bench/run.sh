#!/usr/bin/env bash
# bench/run.sh — selfeval against the POI floor and the openpyxl peer (docs/benchmarks.md).
#
#   bench/run.sh                      # full run: N=2000 comparison, 500/2000/5000 scaling, score latency
#   N=500 SCALE="500 1000" bench/run.sh   # quicker
# Environment: N (main comparison size, 2000), THREADS (2), SCALE ("500 2000 5000"), RUNS (score latency runs, 10),
# SMALL_HEAP (the fixed heap of the flat-memory run, 96m),
# WORK (scratch folder, a new temp dir), SKIP_BUILD=1 (use the jar as built), KEEP=1 (keep WORK).
# Prints a markdown report and writes it to $WORK/results.md. Takes ~5 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-2000}
THREADS=${THREADS:-2}
SCALE=${SCALE:-"500 2000 5000"}
RUNS=${RUNS:-10}
SMALL_HEAP=${SMALL_HEAP:-96m}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/selfeval-bench.XXXXXX")}
mkdir -p "$WORK"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT

# a python3 with openpyxl when there is one (Debian's python3-openpyxl goes to /usr/bin/python3)
PY=python3
for p in /usr/bin/python3 python3; do
    if command -v "$p" >/dev/null && "$p" -c 'import openpyxl' 2>/dev/null; then PY=$p; break; fi
done
HAVE_OPENPYXL=0
"$PY" -c 'import openpyxl' 2>/dev/null && HAVE_OPENPYXL=1

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    mvn -q -o package -DskipTests
fi
JAR=target/selfeval.jar
mkdir -p "$WORK/floor-classes"
javac -nowarn -cp "$JAR" -d "$WORK/floor-classes" bench/Floor.java

log=$WORK/log.txt
: >"$log"
# run LABEL CMD... : measured line appended to $log and echoed
run() {
    local line
    line=$("$PY" bench/measure.py "$@" 2>"$WORK/err-$1.txt") # the program's own output, phases line included
    echo "$line" | tee -a "$log" >&2
    echo "$line"
}
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2"; }
count() { find "$1" -type f \( -name '*.xls' -o -name '*.xlsx' \) | wc -l; }
xlsx_count() { find "$1" -type f -name '*.xlsx' | wc -l; }

# the launcher's JVM flags (C1 only, serial GC), read from bin/selfeval so they are set in one place
LFLAGS=$(sed -n 's/^flags="\(.*\)"$/\1/p' bin/selfeval)
# floor LABEL IN [JVM flags...]; selfeval LABEL IN [JVM flags...]; launcher LABEL IN (bin/selfeval: its flags + AppCDS)
floor() { local l=$1 i=$2; shift 2; run "floor-$l" java "$@" -cp "$JAR:$WORK/floor-classes" Floor "$i" "$WORK/out-floor" "$THREADS"; rm -rf "$WORK/out-floor"; }
selfeval() { local l=$1 i=$2; shift 2; run "selfeval-$l" java "$@" -Dselfeval.phases=true -jar "$JAR" batch "$i" --out "$WORK/out-selfeval" --quiet --threads "$THREADS"; rm -rf "$WORK/out-selfeval"; }
launcher() { JAVA_OPTS=-Dselfeval.phases=true run "launcher-$1" bin/selfeval batch "$2" --out "$WORK/out-selfeval" --quiet --threads "$THREADS"; rm -rf "$WORK/out-selfeval"; }
phases() { grep -h '^phases' "$WORK/err-$1.txt" | tail -1 | sed 's/^phases //'; }
peer() { run "openpyxl-$1" "$PY" bench/peer_openpyxl.py "$2" "$WORK/out-peer" "$THREADS"; rm -rf "$WORK/out-peer"; }

report=$WORK/results.md
{
    echo "## Run of $(date -u +%Y-%m-%dT%H:%MZ) (commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
    echo
    echo "Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB RAM," \
        "load average before the run $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Java: $(java -version 2>&1 | head -2 | tail -1). Python peer: $("$PY" --version 2>&1)" \
        "$([ $HAVE_OPENPYXL = 1 ] && "$PY" -c 'import openpyxl; print("openpyxl", openpyxl.__version__)' || echo '(openpyxl absent)')."
    echo
} >"$report"

# ---- (a)(b)(c) at N ----
IN=$WORK/in-$N
"$PY" bench/make_inputs.py samples "$N" "$IN"
files=$(count "$IN"); xfiles=$(xlsx_count "$IN")
f=$(floor "$N" "$IN"); s=$(selfeval "$N" "$IN")
# shellcheck disable=SC2086 # LFLAGS is a list of flags
ft=$(floor "$N-flags" "$IN" $LFLAGS); st=$(selfeval "$N-flags" "$IN" $LFLAGS)
bin/selfeval --version >/dev/null # creates the AppCDS archive if missing or older than the jar
l=$(launcher "$N" "$IN")
p=""
[ $HAVE_OPENPYXL = 1 ] && p=$(peer "$N" "$IN")
row() { # name files line floorline [floorline with the same JVM flags]
    local w c r fw fc sc
    w=$(field wall_s "$3"); c=$(field cpu_s "$3"); r=$(field peak_rss_mb "$3")
    fw=$(field wall_s "$4"); fc=$(field cpu_s "$4"); sc=$(field cpu_s "${5:-$4}")
    awk -v n="$1" -v k="$2" -v w="$w" -v c="$c" -v r="$r" -v fw="$fw" -v fc="$fc" -v sc="$sc" -v fk="$files" 'BEGIN {
        printf "| %s | %d | %.1f | %.1f | %.1f | %.2f× | %.2f× | %.2f× | %d |\n", n, k, w, c, k / w, (w / k) / (fw / fk),
            (c / k) / (fc / fk), (c / k) / (sc / fk), r }'
}
{
    echo "### $N workbooks (copies of samples/, both formats), $THREADS threads"
    echo
    echo "Ratios are per workbook, to the floor with default JVM settings, and (last ratio) to the floor run with the same"
    echo "JVM flags as the row: the launcher's are \`$LFLAGS\`."
    echo
    echo "| program | workbooks | wall s | CPU s | workbooks/s | wall vs floor | CPU vs floor | CPU vs floor, same flags | peak RSS MB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    row "floor (POI load-read-set-save)" "$files" "$f" "$f"
    row "selfeval batch (\`java -jar\`)" "$files" "$s" "$f"
    row "floor, launcher's flags" "$files" "$ft" "$f" "$ft"
    row "selfeval batch, launcher's flags" "$files" "$st" "$f" "$ft"
    row "\`bin/selfeval batch\` (launcher: flags + AppCDS)" "$files" "$l" "$f" "$ft"
    if [ -n "$p" ]; then
        row "openpyxl peer (.xlsx only, $THREADS processes)" "$xfiles" "$p" "$f"
    else
        echo "| openpyxl peer | – | skipped: openpyxl not installed (apt-get install -y python3-openpyxl) | | | | | | |"
    fi
    echo
    echo "Worker threads' CPU seconds by phase (\`Floor\` prints its own; selfeval with \`-Dselfeval.phases=true\`):"
    echo
    echo "| program | phases |"
    echo "|---|---|"
    echo "| floor | $(phases "floor-$N") |"
    echo "| selfeval | $(phases "selfeval-$N") |"
    echo "| floor, launcher's flags | $(phases "floor-$N-flags") |"
    echo "| selfeval, launcher's flags | $(phases "selfeval-$N-flags") |"
    echo
} >>"$report"
rm -rf "$IN"

# ---- growth in N ----
{
    echo "### Growth in N, $THREADS threads"
    echo
    echo "| N | floor wall s | floor CPU s | floor RSS MB | selfeval wall s | selfeval CPU s | selfeval RSS MB | selfeval CPU vs floor | bin/selfeval wall s, CPU s, RSS MB | selfeval -Xmx$SMALL_HEAP: outcome, wall s, RSS MB, max heap after GC MB |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
} >>"$report"
for n in $SCALE; do
    IN=$WORK/in-$n
    "$PY" bench/make_inputs.py samples "$n" "$IN"
    f=$(floor "$n" "$IN"); s=$(selfeval "$n" "$IN"); l=$(launcher "$n" "$IN")
    # the same batch in a small fixed heap: it finishes only if what the batch keeps does not grow with N
    small=$(run "selfeval-xmx-$n" java "-Xmx$SMALL_HEAP" "-Xlog:gc:file=$WORK/gc-$n.log" -jar "$JAR" batch "$IN" \
        --out "$WORK/out-selfeval" --quiet --threads "$THREADS")
    outcome=$([ -f "$WORK/out-selfeval/汇总.xlsx" ] && echo finished || echo FAILED)
    rm -rf "$WORK/out-selfeval"
    live=$(grep -o '[0-9]*M->[0-9]*M' "$WORK/gc-$n.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
    awk -v n="$n" -v fw="$(field wall_s "$f")" -v fc="$(field cpu_s "$f")" -v fr="$(field peak_rss_mb "$f")" \
        -v sw="$(field wall_s "$s")" -v sc="$(field cpu_s "$s")" -v sr="$(field peak_rss_mb "$s")" \
        -v lw="$(field wall_s "$l")" -v lc="$(field cpu_s "$l")" -v lr="$(field peak_rss_mb "$l")" \
        -v xe="$outcome" -v xw="$(field wall_s "$small")" -v xr="$(field peak_rss_mb "$small")" -v xl="${live:-?}" \
        'BEGIN { printf "| %d | %.1f | %.1f | %d | %.1f | %.1f | %d | %.2f× | %.1f, %.1f, %d | %s, %.1f, %d, %s |\n",
            n, fw, fc, fr, sw, sc, sr, sc / fc, lw, lc, lr, xe, xw, xr, xl }' >>"$report"
    rm -rf "$IN"
done
echo >>"$report"

# ---- one-file score latency, JVM start included ----
ONE=$(ls samples/*.xlsx | head -1)
{
    echo "### One-file \`score\` latency ($(basename "$ONE")), JVM start included, $RUNS runs"
    echo
    echo "| command | mean s | min s | max s |"
    echo "|---|---:|---:|---:|"
} >>"$report"
if command -v hyperfine >/dev/null; then
    hyperfine -N -i -w 2 -r "$RUNS" --export-json "$WORK/hf.json" \
        -n "java -jar target/selfeval.jar score" "java -jar $JAR score $ONE --out $WORK/score --quiet" \
        -n "bin/selfeval score (AppCDS)" "bin/selfeval score $ONE --out $WORK/score --quiet" >&2
    "$PY" -c 'import json,sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("| %s | %.2f | %.2f | %.2f |" % (r["command"], r["mean"], r["min"], r["max"]))' "$WORK/hf.json" >>"$report"
else
    for cmd in "java -jar $JAR" "bin/selfeval"; do
        ts=()
        for ((i = 0; i < RUNS; i++)); do
            l=$("$PY" bench/measure.py one $cmd score "$ONE" --out "$WORK/score" --quiet 2>/dev/null)
            ts+=("$(field wall_s "$l")")
        done
        printf '%s\n' "${ts[@]}" | awk -v c="$cmd score" '{s+=$1; if(NR==1||$1<mn)mn=$1; if($1>mx)mx=$1} END {printf "| %s | %.2f | %.2f | %.2f |\n", c, s/NR, mn, mx}' >>"$report"
    done
fi
echo >>"$report"
cat "$report"
[ "${KEEP:-0}" = 1 ] && echo "(kept $WORK)" >&2
exit 0
