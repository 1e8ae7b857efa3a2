#!/usr/bin/env bash
# Issue 12's benchmark: monitoring on a synthetic state, measured through HTTP against a running Braid.
#   BENCH_DISTRICTS (1200) BENCH_SCHOOLS (9000) BENCH_MONTHS (10) BENCH_SEED (20261130): the state's size
#   BENCH_PORT (18391) BENCH_THREADS (4, writers while loading) BENCH_ROUNDS (200) BENCH_KEEP=1 keeps Braid's data
# Needs the distribution: assembly/target/assembly-*.tar.gz (mvn -o package -DskipTests, or a verify run).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=bench/monitoring
work=$here/target
districts=${BENCH_DISTRICTS:-1200}
schools=${BENCH_SCHOOLS:-9000}
months=${BENCH_MONTHS:-10}
seed=${BENCH_SEED:-20261130}
port=${BENCH_PORT:-18391}
year=2025-26
tarball=$(ls assembly/target/assembly-*.tar.gz 2>/dev/null | head -1 || true)
[ -n "$tarball" ] || { echo "no assembly/target/assembly-*.tar.gz: build the distribution first" >&2; exit 1; }
state=$work/state-$districts-$schools-$months-$seed
m2=${M2_REPO:-$HOME/.m2/repository}/org/apache/derby
derby=$m2/derby/10.16.1.1/derby-10.16.1.1.jar:$m2/derbyshared/10.16.1.1/derbyshared-10.16.1.1.jar:$m2/derbytools/10.16.1.1/derbytools-10.16.1.1.jar
mkdir -p "$work"

echo "Braid monitoring benchmark - $(date -u '+%Y-%m-%d %H:%M:%S') UTC"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "java:    $(java -version 2>&1 | head -1)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min load average before the run)"
echo "braid:   $tarball (built $(date -u -r "$tarball" '+%Y-%m-%d %H:%M:%S') UTC)"
echo "state:   $districts districts, $schools schools, $months months, seed $seed"

if [ ! -f "$state/done" ]; then
  rm -rf "$state"
  java $here/SyntheticState.java --districts "$districts" --schools "$schools" --months "$months" --seed "$seed" --school-year $year --out "$state"
  touch "$state/done"
else
  echo "state already generated in $state"
fi

home=$work/braid
data=$work/data
rm -rf "$home" "$data"
mkdir -p "$home" "$data"
tar xzf "$tarball" --strip-components=1 -C "$home"
password=bench-$(date +%s)-$RANDOM
# a clean environment: Karaf's own memory defaults, as an administrator starts it
start_braid() {
  ( unset JAVA_OPTS EXTRA_JAVA_OPTS KARAF_OPTS JAVA_MIN_MEM JAVA_MAX_MEM
    BRAID_PORT=$port BRAID_DATA=$(cd "$data" && pwd) BRAID_DEMO=false BRAID_ADMIN_PASSWORD=$password KARAF_EXEC=exec \
      exec "$home/bin/karaf" server >>"$work/karaf.out" 2>&1 ) &
  pid=$!
  for _ in $(seq 1 120); do
    curl -sf --max-time 1 "http://localhost:$port/api/health" | grep -q '"status":"UP"' && break
    sleep 0.5
  done
  curl -sf --max-time 1 "http://localhost:$port/api/health" | grep -q '"status":"UP"' || { echo "Braid did not come up; see $work/karaf.out" >&2; exit 1; }
}
stop() {
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  wait "$pid" 2>/dev/null || true
}
# monitoring's operations answer (a missing one says "resource /api/monitoring/... not found")
monitoring_up() {
  token=$(curl -s "http://localhost:$port/api/session" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  ! curl -s -H "Authorization: Bearer $token" "http://localhost:$port/api/monitoring/status-reports?planId=none" | grep -q 'resource /api/monitoring'
}
trap stop EXIT
start_braid
# at some starts monitoring's components do not come up (they and the network store reference each other): start again
for _ in 1 2 3; do
  monitoring_up && break
  echo "monitoring's operations are missing after the start: starting Braid again on an empty database"
  stop
  rm -rf "$data" && mkdir -p "$data"
  start_braid
done
monitoring_up || { echo "monitoring's operations are not served" >&2; exit 1; }

bench() { java $here/MonitoringBench.java "$@" --base "http://localhost:$port" --password "$password" --state "$state" --school-year $year; }
bench load --threads "${BENCH_THREADS:-4}"
echo "load before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
bench measure --rounds "${BENCH_ROUNDS:-200}" | tee "$work/measure.out"
echo "load after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
stop
trap - EXIT

# the same answer from the raw reports, on the same data, Braid stopped (embedded Derby has one owner at a time)
java -cp "$derby" $here/MonitoringBench.java groupby --db "$data/db" --state "$state" --school-year $year --today "$(date -u +%F)" \
  --sql $here/rollup-by-practice.sql --rounds 10 | tee "$work/groupby.out"
kept=$(awk '/roll-up by practice \(GET/ { for (i = 1; i <= NF; i++) if ($i == "p95") print $(i + 1) }' "$work/measure.out")
raw=$(awk '/GROUP BY/ { for (i = 1; i <= NF; i++) if ($i == "p95") print $(i + 1) }' "$work/groupby.out")
awk -v k="$kept" -v r="$raw" 'BEGIN { printf "kept roll-up p95 %.2f ms vs GROUP BY p95 %.2f ms: %.1fx faster (target >= 20x: %s)\n", k, r, r / k, (r / k >= 20 ? "MET" : "NOT MET") }'
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "${BENCH_KEEP:-}" ] || rm -rf "$home" "$data"
