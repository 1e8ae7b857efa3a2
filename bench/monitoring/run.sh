#!/usr/bin/env bash
# Issue 12's benchmark: monitoring on a synthetic state, measured through HTTP against a running Braid, on one store.
#   BENCH_DISTRICTS (1200) BENCH_SCHOOLS (9000) BENCH_MONTHS (10) BENCH_YEARS (1) BENCH_SEED (20261130): the state's size
#   BENCH_STORE (derby | postgresql); BENCH_PG_URL BENCH_PG_USER BENCH_PG_PASSWORD: an empty PostgreSQL database (without
#   a URL a throwaway cluster is made with .ci/postgres, durable, BENCH_PG_SHARED_BUFFERS (2GB), removed at the end)
#   BENCH_PORT (18391) BENCH_ROUNDS (200) BENCH_GROUPBY_ROUNDS (10) BENCH_KEEP=1 keeps Braid's data (and the administrator's password, in <store>/admin-password)
# Needs the distribution: assembly/target/assembly-*.tar.gz (mvn -o package -DskipTests, or a verify run).
# Every figure is also written to bench/monitoring/target/<store>/results ("key value" lines; bench/state/run.sh reads them).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=bench/monitoring
store=${BENCH_STORE:-derby}
case "$store" in derby|postgresql) ;; *) echo "BENCH_STORE: derby or postgresql" >&2; exit 2 ;; esac
work=$here/target/$store
districts=${BENCH_DISTRICTS:-1200}
schools=${BENCH_SCHOOLS:-9000}
months=${BENCH_MONTHS:-10}
years=${BENCH_YEARS:-1}
seed=${BENCH_SEED:-20261130}
port=${BENCH_PORT:-18391}
year=2025-26
tarball=$(ls assembly/target/assembly-*.tar.gz 2>/dev/null | head -1 || true)
[ -n "$tarball" ] || { echo "no assembly/target/assembly-*.tar.gz: build the distribution first" >&2; exit 1; }
state=$here/target/state-$districts-$schools-$months-$seed
[ "$years" = 1 ] || state=$state-${years}y
m2=${M2_REPO:-$HOME/.m2/repository}
derby=$m2/org/apache/derby/derby/10.16.1.1/derby-10.16.1.1.jar:$m2/org/apache/derby/derbyshared/10.16.1.1/derbyshared-10.16.1.1.jar:$m2/org/apache/derby/derbytools/10.16.1.1/derbytools-10.16.1.1.jar
pgjdbc=$(ls "$m2"/org/postgresql/postgresql/42.7.*/postgresql-42.7.*.jar 2>/dev/null | sort -V | tail -1 || true)
mkdir -p "$work"
results=$(pwd)/$work/results
: >"$results"
result() { echo "$1 $2" >>"$results"; }

echo "Braid monitoring benchmark - $(date -u '+%Y-%m-%d %H:%M:%S') UTC"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "java:    $(java -version 2>&1 | head -1)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min load average before the run)"
echo "braid:   $tarball (built $(date -u -r "$tarball" '+%Y-%m-%d %H:%M:%S') UTC)"
echo "state:   $districts districts, $schools schools, $months months, $years school year(s) of plans and reports, seed $seed"
echo "store:   $store"

if [ ! -f "$state/generated" ]; then
  rm -rf "$state"
  java $here/SyntheticState.java --districts "$districts" --schools "$schools" --months "$months" --years "$years" --seed "$seed" \
    --school-year $year --out "$state"
  touch "$state/generated"
else
  echo "state already generated in $state"
fi

home=$work/braid
data=$work/data
rm -rf "$home" "$data"
mkdir -p "$home" "$data"
tar xzf "$tarball" --strip-components=1 -C "$home"
password=bench-$(date +%s)-$RANDOM
# kept data can be measured again (MonitoringBench.java measure --password ...) by the administrator made at the first start
[ -z "${BENCH_KEEP:-}" ] || { echo "$password" >"$work/admin-password"; chmod 600 "$work/admin-password"; }
pid=
pgdir=
db_url= db_user= db_password=
# PostgreSQL: the given database, or a throwaway cluster set up as README's "Running in production" says: durable
# (.ci/postgres turns fsync, synchronous commits and full-page writes off on its command line for the tests, which
# outranks ALTER SYSTEM, so the cluster restarts without them; Derby syncs its log at each commit too) and with the
# memory a state's database needs (shared_buffers, max_wal_size). The settings printed are the server's own.
fresh_pg() {
  if [ -n "${BENCH_PG_URL:-}" ]; then
    db_url=$BENCH_PG_URL db_user=${BENCH_PG_USER:-braid} db_password=${BENCH_PG_PASSWORD:-braid}
    return
  fi
  [ -z "$pgdir" ] || .ci/postgres stop "$pgdir"
  pgdir=$(pwd)/$work/pg
  db_url=$(.ci/postgres start "$pgdir") db_user=braid db_password=braid
  local as=() bin port settings
  [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  port=$(cat "$pgdir/port")
  "${as[@]}" "$bin/psql" -h "$pgdir" -p "$port" -U postgres -q -v ON_ERROR_STOP=1 -c "ALTER SYSTEM SET fsync = on" \
    -c "ALTER SYSTEM SET synchronous_commit = on" -c "ALTER SYSTEM SET full_page_writes = on" \
    -c "ALTER SYSTEM SET shared_buffers = '${BENCH_PG_SHARED_BUFFERS:-2GB}'" -c "ALTER SYSTEM SET max_wal_size = '4GB'" >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -m fast -w restart \
    -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=300" >/dev/null
  settings=$("${as[@]}" "$bin/psql" -h "$pgdir" -p "$port" -U postgres -tA -F= -c "SELECT name, current_setting(name) FROM pg_settings
    WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'max_wal_size') ORDER BY name" | tr '\n' ' ')
  echo "postgresql: throwaway cluster $db_url ($("$bin/postgres" --version); ${settings% })"
}
. bench/braid.sh
# start_ms: from the launch to health UP (every module turned on ACTIVE) on the store in use
start_braid() {
  local t0 db=()
  t0=$(date +%s%N)
  [ "$store" = postgresql ] && db=(BRAID_DB_URL="$db_url" BRAID_DB_USER="$db_user" BRAID_DB_PASSWORD="$db_password")
  braid_start "$work/karaf.out" "${db[@]}" BRAID_DEMO=false BRAID_ADMIN_PASSWORD="$password"
  start_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  curl -sf --max-time 1 "http://localhost:$port/api/health" | grep -q "\"store\":\"$store\"" || { echo "Braid does not say it runs on $store" >&2; exit 1; }
}
cleanup() {
  braid_stop
  if [ -n "$pgdir" ] && [ -z "${BENCH_KEEP:-}" ]; then .ci/postgres stop "$pgdir"; fi
}
# heap used by Braid's JVM (jcmd GC.heap_info: the "used" of the whole heap), in MB
heap_mb() {
  jcmd "$pid" GC.heap_info | awk '{ for (i = 1; i < NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); printf "%.0f", v / 1024; exit } }'
}
# monitoring's operations answer (a missing one says "resource /api/monitoring/... not found")
monitoring_up() {
  token=$(curl -s "http://localhost:$port/api/session" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  ! curl -s -H "Authorization: Bearer $token" "http://localhost:$port/api/monitoring/status-reports?planId=none" | grep -q 'resource /api/monitoring'
}
trap cleanup EXIT
[ "$store" = derby ] || fresh_pg
start_braid
# at some starts monitoring's components do not come up (they and the network store reference each other): start again
for _ in 1 2 3; do
  monitoring_up && break
  echo "monitoring's operations are missing after the start: starting Braid again on an empty database"
  braid_stop
  rm -rf "$data" && mkdir -p "$data"
  [ "$store" = derby ] || fresh_pg
  start_braid
done
monitoring_up || { echo "monitoring's operations are not served" >&2; exit 1; }
echo "cold start on an empty store: $start_ms ms (launch to health UP, every module ACTIVE)"
result start_empty_ms "$start_ms"

bench() {
  java $here/MonitoringBench.java "$@" --base "http://localhost:$port" --password "$password" --state "$state" --school-year $year \
    --out "$work" --results "$results"
}
bench load
echo "load before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
result load_before "$(cut -d' ' -f1 /proc/loadavg)"
bench measure --rounds "${BENCH_ROUNDS:-200}" --whole-state | tee "$work/measure.out"
echo "load after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
heap=$(heap_mb)
jcmd "$pid" GC.run >/dev/null
heap_gc=$(heap_mb)
max_heap=$(jcmd "$pid" VM.flags | tr ' ' '\n' | awk -F= '$1 == "-XX:MaxHeapSize" { printf "%.0f", $2 / 1048576 }')
echo "heap after the load (jcmd GC.heap_info): $heap MB used, $heap_gc MB after a full GC (jcmd GC.run), of $max_heap MB (-Xmx)"
result heap_mb "$heap"
result heap_gc_mb "$heap_gc"
result max_heap_mb "$max_heap"
braid_stop
# a cold start on the whole state: a new JVM on the loaded database
start_braid
monitoring_up || echo "monitoring's operations are missing after the restart on the loaded state"
echo "cold start on the loaded state: $start_ms ms"
result start_loaded_ms "$start_ms"
braid_stop

# the same answer from the raw reports, on the same data, Braid stopped (embedded Derby has one owner at a time)
today=$(date -u +%F)
if [ "$store" = derby ]; then
  java -cp "$derby" $here/MonitoringBench.java groupby --db "$data/db" --state "$state" --school-year $year --today "$today" \
    --sql $here/rollup-by-practice.sql --rounds "${BENCH_GROUPBY_ROUNDS:-10}" --out "$work" --results "$results" | tee "$work/groupby.out"
else
  [ -n "$pgjdbc" ] || { echo "no PostgreSQL JDBC driver under $m2/org/postgresql/postgresql/42.7.*" >&2; exit 1; }
  java -cp "$pgjdbc" $here/MonitoringBench.java groupby --url "$db_url" --db-user "$db_user" --db-password "$db_password" \
    --state "$state" --school-year $year --today "$today" --sql $here/rollup-by-practice.sql --rounds "${BENCH_GROUPBY_ROUNDS:-10}" --out "$work" \
    --results "$results" | tee "$work/groupby.out"
fi
kept=$(awk '$1 == "rollup_p95" { print $2 }' "$results")
raw=$(awk '$1 == "groupby_p95" { print $2 }' "$results")
awk -v k="$kept" -v r="$raw" 'BEGIN { printf "kept roll-up p95 %.2f ms vs GROUP BY p95 %.2f ms: %.1fx faster (target >= 20x: %s)\n", k, r, r / k, (r / k >= 20 ? "MET" : "NOT MET") }'
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
result load_end "$(cut -d' ' -f1 /proc/loadavg)"
[ -n "${BENCH_KEEP:-}" ] || rm -rf "$home" "$data"
