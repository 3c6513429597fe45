#!/usr/bin/env bash
# End-to-end scale figures for BENCHMARKS.md: ingest Reuters-21578 and UCI News into fresh stores, then time the
# reading commands and a small ingest into the large store. Needs ../shared/data and a built jar.
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/scale
jar=${JAR:-parallax-app/target/parallax.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

timed() {  # label, command...: prints wall seconds and peak RSS
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/rss" "$@" > "$work/out" 2> "$work/err" || true
  end=$(date +%s.%N)
  printf '%-44s %7.1f s  peak RSS %5d MB  | %s\n' "$label" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" \
    "$(( $(tail -1 "$work/rss") / 1024 ))" "$(grep -E 'files:|stories\.|hits\.' "$work/out" | tail -1)"
}

timed "ingest Reuters-21578 (21,578 full texts)" java -Xmx2g -jar "$jar" ingest "$data/reuters21578.jsonl.gz" --data "$work/reuters"
timed "ingest UCI News (422,637 headlines)" java -Xmx4g -jar "$jar" ingest "$data/uci-news-2014.jsonl.gz" --data "$work/uci"
timed "ingest the 2-file sample into the UCI store" java -Xmx4g -jar "$jar" ingest sample --data "$work/uci"
timed "stories on the UCI store" java -jar "$jar" stories --data "$work/uci" --limit 10
timed "search on the UCI store" java -jar "$jar" search "malaysia airlines" --data "$work/uci"
timed "search on the Reuters store" java -jar "$jar" search "coffee quota" --data "$work/reuters"
