#!/usr/bin/env bash
# Fuzz run: mutations of every sample through the whole pipeline (docs/reliability.md).
#   bench/fuzz.sh [CASES] [SEED]      defaults 20000 and 20240601; report in target/fuzz-report.txt
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-20000}"
seed="${2:-20240601}"
status=0
mvn -B -q -o -Pfuzz test -Dselfeval.fuzz.cases="$cases" -Dselfeval.fuzz.seed="$seed" || status=$?
cat target/fuzz-report.txt 2>/dev/null || echo "no report: the run failed before the end (see target/surefire-reports)"
exit "$status"
