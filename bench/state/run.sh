#!/usr/bin/env bash
# Issue 16's benchmark: a whole state on embedded Derby and on PostgreSQL, one after the other on the same generated
# state (bench/monitoring/run.sh with BENCH_STORE=derby, then postgresql), and one table of both.
#   Sizes as bench/monitoring/run.sh: BENCH_DISTRICTS (1200) BENCH_SCHOOLS (9000) BENCH_MONTHS (10) BENCH_YEARS (2 here)
#   BENCH_SEED; BENCH_STORES ("derby postgresql"); BENCH_PG_URL/_USER/_PASSWORD (else a throwaway cluster);
#   BENCH_DERBY_PORT (18491) BENCH_PG_PORT (18492); BENCH_ROUNDS, BENCH_KEEP as there.
# Each store's full output is in bench/state/target/<store>.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/state/target
mkdir -p "$out"
export BENCH_YEARS=${BENCH_YEARS:-2}
stores=${BENCH_STORES:-derby postgresql}
t0=$(date +%s)
echo "Braid whole-state benchmark - $(date -u '+%Y-%m-%d %H:%M:%S') UTC"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB RAM", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min)"
echo "state:   ${BENCH_DISTRICTS:-1200} districts, ${BENCH_SCHOOLS:-9000} schools, ${BENCH_MONTHS:-10} months x $BENCH_YEARS school years, seed ${BENCH_SEED:-20261130}"
for store in $stores; do
  case "$store" in derby) port=${BENCH_DERBY_PORT:-18491} ;; postgresql) port=${BENCH_PG_PORT:-18492} ;; *) echo "unknown store $store" >&2; exit 2 ;; esac
  s0=$(date +%s)
  echo "== $store (port $port), full output in $out/$store.log"
  if ! BENCH_STORE=$store BENCH_PORT=$port bench/monitoring/run.sh >"$out/$store.log" 2>&1; then
    echo "$store: the run failed; the end of its output:"
    tail -20 "$out/$store.log"
  fi
  grep -E '^(imported|cold start|heap|same answer|DIFFERENT|postgresql:)' "$out/$store.log" | sed 's/^/   /'
  echo "   $store took $(( $(date +%s) - s0 )) s"
done

# one row per figure, one column per store, from each run's results ("key value" lines)
results=()
for store in $stores; do results+=("bench/monitoring/target/$store/results"); done
awk -v stores="$stores" '
  BEGIN { n = split(stores, name, " ") }
  FNR == 1 { f++ }
  { v[f, $1] = $2 }
  function row(label, key, fmt,   i, line) {
    line = sprintf("%-62s", label)
    for (i = 1; i <= n; i++) line = line sprintf(" %14s", ((i, key) in v) ? v[i, key] : "-")
    print line
  }
  END {
    line = sprintf("%-62s", "figure (through HTTP as the administrator unless said)")
    for (i = 1; i <= n; i++) line = line sprintf(" %14s", name[i])
    print line
    row("state-wide roll-up by practice, p50 ms", "rollup_p50")
    row("state-wide roll-up by practice, p95 ms", "rollup_p95")
    row("the same by GROUP BY over the raw reports (JDBC), p95 ms", "groupby_p95")
    for (i = 1; i <= n; i++) if (v[i, "rollup_p95"] > 0) v[i, "ratio"] = sprintf("%.1fx", v[i, "groupby_p95"] / v[i, "rollup_p95"])
    row("  GROUP BY p95 / roll-up p95", "ratio")
    row("  the two answers agree", "same_answer")
    row("a whole plan'"'"'s monthly report (POST batch), p99 ms", "batch_p99")
    row("  actions per plan on average", "batch_actions")
    row("single reports, 8 concurrent clients, per second", "single_per_s")
    row("single reports, 8 concurrent clients, p99 ms", "single_p99")
    row("a whole plan'"'"'s read (GET /planning/plans/{id}), p99 ms", "plan_read_p99")
    row("export of the largest district (GET /orgs/{id}/export), p50 ms", "export_p50")
    row("  its schools", "export_schools")
    row("  its size, MB", "export_mb")
    row("cold start on an empty store (launch to health UP), ms", "start_empty_ms")
    row("cold start on the loaded state, ms", "start_loaded_ms")
    row("heap used after the load (jcmd GC.heap_info), MB", "heap_mb")
    row("  after a full GC, MB", "heap_gc_mb")
    row("  heap limit (-Xmx), MB", "max_heap_mb")
    row("loading: import documents, s", "import_s")
    row("loading: status reports (in the import documents)", "reports")
    row("loading: status reports per second", "reports_per_s")
    row("load average (1 min) before measuring", "load_before")
    row("load average (1 min) at the end", "load_end")
  }' "${results[@]}"
echo "took $(( $(date +%s) - t0 )) s; load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
