#!/usr/bin/env bash
# Issue 16's lists on a whole state, measured through HTTP against a running Braid: Derby, and PostgreSQL beside it when
# BENCH_PG_URL is set (a jdbc:postgresql URL of an empty database; BENCH_PG_USER, BENCH_PG_PASSWORD).
#   BENCH_DISTRICTS (1200) BENCH_SCHOOLS (9000) BENCH_SEED (20261130): the state's size (SyntheticState's defaults)
#   BENCH_PLAN_DISTRICTS (3): districts imported with their plans (the rest: organizations only)
#   BENCH_CLIENTS (16) BENCH_SECONDS (15, per list) BENCH_PORT (18591) BENCH_TARBALL (assembly/target/assembly-*.tar.gz)
#   BENCH_AS=state: measure as the state's own staff (scope: the SEA) instead of the administrator (no scope)
#   BENCH_LISTS (all): e.g. a,c for only those lists
# Needs the distribution: mvn -B -o package -DskipTests -pl assembly -am
set -euo pipefail
cd "$(dirname "$0")/../.."
here=bench/lists
work=$here/target
districts=${BENCH_DISTRICTS:-1200}
schools=${BENCH_SCHOOLS:-9000}
seed=${BENCH_SEED:-20261130}
port=${BENCH_PORT:-18591}
tarball=${BENCH_TARBALL:-$(ls assembly/target/assembly-*.tar.gz 2>/dev/null | head -1 || true)}
[ -n "$tarball" ] && [ -f "$tarball" ] || { echo "no assembly/target/assembly-*.tar.gz: build the distribution first" >&2; exit 1; }
state=$work/state-$districts-$schools-$seed
mkdir -p "$work"

echo "Braid lists benchmark - $(date -u '+%Y-%m-%d %H:%M:%S') UTC"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr) (shared: see the load)"
echo "java:    $(java -version 2>&1 | head -1)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min load average before the run)"
echo "braid:   $tarball (built $(date -u -r "$tarball" '+%Y-%m-%d %H:%M:%S') UTC)"
echo "state:   1 SEA, $districts districts, $schools schools, seed $seed; plans in the first ${BENCH_PLAN_DISTRICTS:-3} districts"

if [ ! -f "$state/generated" ]; then
  rm -rf "$state"
  # one month of reports: this benchmark does not file them, only the import documents are read
  java bench/monitoring/SyntheticState.java --districts "$districts" --schools "$schools" --months 1 --seed "$seed" --out "$state" >/dev/null
  touch "$state/generated"
fi

home=$work/braid
data=$work/data
password=braid-demo  # the demo admin (BRAID_DEMO=true: the demo plan is (e))
pid=
. bench/braid.sh
trap braid_stop EXIT

# one store: a fresh distribution and data directory, the state imported, the lists measured into $work/$1.out
measure() {
  local store=$1 url=$2 user=$3 pw=$4
  rm -rf "$home" "$data"
  mkdir -p "$home" "$data"
  tar xzf "$tarball" --strip-components=1 -C "$home"
  braid_start "$work/karaf-$store.out" BRAID_DEMO=true BRAID_DB_URL="$url" BRAID_DB_USER="$user" BRAID_DB_PASSWORD="$pw"
  echo "--- $store"
  java $here/ListsBench.java load --base "http://localhost:$port" --password "$password" --state "$state" --plan-districts "${BENCH_PLAN_DISTRICTS:-3}"
  echo "load before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
  java $here/ListsBench.java measure --base "http://localhost:$port" --password "$password" --state "$state" \
    --clients "${BENCH_CLIENTS:-16}" --seconds "${BENCH_SECONDS:-15}" --out "$work/$store.out" \
    ${BENCH_AS:+--as "$BENCH_AS"} ${BENCH_LISTS:+--lists "$BENCH_LISTS"}
  echo "load after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
  braid_stop
}

measure derby "" "" ""
if [ -n "${BENCH_PG_URL:-}" ]; then
  measure postgresql "$BENCH_PG_URL" "${BENCH_PG_USER:-braid}" "${BENCH_PG_PASSWORD:-braid}"
  echo
  printf '%-48s %30s %30s\n' "" "Derby: req/s  p99 ms  failed" "PostgreSQL: req/s  p99 ms  failed"
  paste "$work/derby.out" "$work/postgresql.out" | awk -F'\t' '{ printf "%-48s %12.1f %9.2f %7d %12.1f %9.2f %7d\n", $1, $2, $5, $6, $8, $11, $12 }'
fi
[ -n "${BENCH_KEEP:-}" ] || rm -rf "$home" "$data"
