#!/usr/bin/env bash
# Startup benchmark: Braid distribution vs. plain Apache Karaf 4.4.10.
# Cold start time (launch -> ready) and resident memory (VmRSS of the Karaf
# java process, 5 s after ready), N interleaved runs each, every run from a
# fresh unpack. See bench/README.md.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
cd "$REPO_ROOT"

# ---- settings (override via environment) ------------------------------------
BRAID_TARBALL="${BRAID_TARBALL:-assembly/target/assembly-0.2.0-SNAPSHOT.tar.gz}"
BRAID_HEALTH_PATH="${BRAID_HEALTH_PATH:-/api/health}"
# Substring the health body must contain; empty = any HTTP 200 is enough.
BRAID_HEALTH_MATCH="${BRAID_HEALTH_MATCH-\"status\":\"UP\"}"
# 1 = rewrite org.osgi.service.http.port in etc/org.ops4j.pax.web.cfg to the
# bench port (only for stand-in distributions that ignore BRAID_PORT).
BRAID_PATCH_HTTP_PORT="${BRAID_PATCH_HTTP_PORT:-0}"
KARAF_VERSION="4.4.10"
RUNS="${BENCH_RUNS:-5}"
HTTP_PORT="${BENCH_HTTP_PORT:-18281}"        # passed to Braid as BRAID_PORT
SSH_PORT="${BENCH_SSH_PORT:-18101}"          # Karaf ssh console (both dists)
RMI_REGISTRY_PORT="${BENCH_RMI_REGISTRY_PORT:-11099}"
RMI_SERVER_PORT="${BENCH_RMI_SERVER_PORT:-14444}"
IDLE_BEFORE_RSS_S="${BENCH_IDLE_S:-5}"
READY_TIMEOUT_S="${BENCH_READY_TIMEOUT_S:-180}"
STOP_TIMEOUT_S=30
KEEP_RUN_DIRS="${BENCH_KEEP:-0}"

TARGET="$REPO_ROOT/bench/target"
KARAF_TARBALL="$TARGET/apache-karaf-$KARAF_VERSION.tar.gz"

die() { echo "startup.sh: ERROR: $*" >&2; exit 1; }
now_ns() { date +%s%N; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---- preconditions -----------------------------------------------------------
if [[ ! -f "$BRAID_TARBALL" ]]; then
  die "Braid distribution not found at $BRAID_TARBALL
  Build it first, from the repo root:  mvn -q install -DskipTests"
fi
BRAID_TARBALL="$(cd "$(dirname "$BRAID_TARBALL")" && pwd)/$(basename "$BRAID_TARBALL")"
for tool in curl tar java ps awk sort; do
  command -v "$tool" >/dev/null || die "required tool '$tool' not found"
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer"

mkdir -p "$TARGET"
if [[ ! -f "$KARAF_TARBALL" ]]; then
  echo "Fetching org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz ..." >&2
  # Run from bench/target (no pom.xml there) so the project build is not involved.
  (cd "$TARGET" && mvn -q -B \
    org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy \
    "-Dartifact=org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz" \
    "-DoutputDirectory=$TARGET") >&2 || die "could not fetch plain Karaf $KARAF_VERSION with mvn"
  [[ -f "$KARAF_TARBALL" ]] || die "mvn did not produce $KARAF_TARBALL"
fi

rm -rf "$TARGET"/run-*
# Snapshot the Braid tarball so a concurrent rebuild cannot change it between runs.
BRAID_BUILT="$(date -u -r "$BRAID_TARBALL" '+%Y-%m-%d %H:%M:%S UTC')"
cp "$BRAID_TARBALL" "$TARGET/braid-under-test.tar.gz"
BRAID_SNAPSHOT="$TARGET/braid-under-test.tar.gz"

# ---- process control -----------------------------------------------------------
LAUNCH_PID=""   # pid of "bin/karaf server" (shell script)
JAVA_PID=""     # pid of its java child

RUN_HOME=""     # karaf.home of the running instance
java_child() {
  local pid
  pid="$(ps -o pid=,comm= --ppid "$1" 2>/dev/null | awk '$2 == "java" { print $1; exit }')"
  if [[ -z "$pid" && -n "$RUN_HOME" ]]; then   # fallback: our unique karaf.home on the command line
    pid="$(pgrep -f -- "-Dkaraf.home=$RUN_HOME( |$)" | head -n 1 || true)"
  fi
  echo "$pid"
}

stop_instance() {
  [[ -n "$LAUNCH_PID" ]] || return 0
  local jpid="${JAVA_PID:-$(java_child "$LAUNCH_PID")}"
  if [[ -n "$jpid" ]]; then kill -TERM "$jpid" 2>/dev/null || true
  else kill -TERM "$LAUNCH_PID" 2>/dev/null || true; fi
  local deadline=$(( $(date +%s) + STOP_TIMEOUT_S ))
  while kill -0 "$LAUNCH_PID" 2>/dev/null || { [[ -n "$jpid" ]] && kill -0 "$jpid" 2>/dev/null; }; do
    if (( $(date +%s) >= deadline )); then
      echo "  (did not stop within ${STOP_TIMEOUT_S}s, sending SIGKILL)" >&2
      [[ -n "$jpid" ]] && kill -KILL "$jpid" 2>/dev/null || true
      kill -KILL "$LAUNCH_PID" 2>/dev/null || true
    fi
    sleep 0.2
  done
  wait "$LAUNCH_PID" 2>/dev/null || true
  LAUNCH_PID=""; JAVA_PID=""
}
trap 'stop_instance' EXIT
trap 'exit 130' INT TERM

# ---- readiness probes ------------------------------------------------------------
# Braid: first HTTP 200 from the health URL whose body contains BRAID_HEALTH_MATCH.
LAST_PROBE=""
braid_ready() {
  local body
  body="$(curl -s --max-time 1 -w '\n%{http_code}' "http://localhost:$HTTP_PORT$BRAID_HEALTH_PATH" 2>/dev/null)" || return 1
  LAST_PROBE="$body"
  [[ "${body##*$'\n'}" == "200" ]] || return 1
  [[ -z "$BRAID_HEALTH_MATCH" || "$body" == *"$BRAID_HEALTH_MATCH"* ]]
}
# Plain Karaf: boot features installed (FeaturesServiceImpl logs "Done." at the
# end of the boot deployment) AND the ssh console port accepts TCP connections.
karaf_ready() {
  grep -q 'FeaturesServiceImpl .*| Done\.$' "$1/data/log/karaf.log" 2>/dev/null && port_open "$SSH_PORT"
}

# ---- one run ---------------------------------------------------------------------
# Sets RESULT_MS and RESULT_RSS_KB.
run_one() {
  local dist="$1" n="$2" tarball dir
  if [[ "$dist" == braid ]]; then tarball="$BRAID_SNAPSHOT"; else tarball="$KARAF_TARBALL"; fi
  dir="$TARGET/run-$n-$dist"
  mkdir -p "$dir/home" "$dir/braid-data"
  tar xzf "$tarball" -C "$dir/home" --strip-components=1
  local home="$dir/home"

  # Same non-HTTP ports for both distributions, away from Karaf defaults, so
  # parallel builds/tests on this machine do not clash with the benchmark.
  [[ -f "$home/etc/org.apache.karaf.shell.cfg" ]] &&
    sed -i "s/^sshPort *=.*/sshPort = $SSH_PORT/" "$home/etc/org.apache.karaf.shell.cfg"
  [[ -f "$home/etc/org.apache.karaf.management.cfg" ]] &&
    sed -i -e "s/^rmiRegistryPort *=.*/rmiRegistryPort = $RMI_REGISTRY_PORT/" \
           -e "s/^rmiServerPort *=.*/rmiServerPort = $RMI_SERVER_PORT/" "$home/etc/org.apache.karaf.management.cfg"
  if [[ "$dist" == karaf ]]; then
    # Plain Karaf ships without a user; add one so bin/client can be used to inspect a run.
    printf '%s\n' 'karaf = karaf,_g_:admingroup' '_g_\:admingroup = group,admin,manager,viewer,systembundles,ssh' \
      >> "$home/etc/users.properties"
  elif [[ "$BRAID_PATCH_HTTP_PORT" == 1 ]]; then
    sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $HTTP_PORT/" "$home/etc/org.ops4j.pax.web.cfg"
  fi

  local p
  for p in "$HTTP_PORT" "$SSH_PORT" "$RMI_REGISTRY_PORT" "$RMI_SERVER_PORT"; do
    port_open "$p" && die "port $p is already in use (another process?); set BENCH_*_PORT"
  done

  local t0 t1 deadline
  RUN_HOME="$home"
  t0=$(now_ns)
  (cd "$home" && exec env -u JAVA_OPTS -u EXTRA_JAVA_OPTS -u KARAF_OPTS -u JAVA_MAX_MEM -u JAVA_MIN_MEM \
      BRAID_PORT="$HTTP_PORT" BRAID_DATA="$dir/braid-data" BRAID_DEMO=true \
      bin/karaf server >"$dir/console.log" 2>&1) &
  LAUNCH_PID=$!
  deadline=$(( t0 + READY_TIMEOUT_S * 1000000000 ))
  while :; do
    if [[ "$dist" == braid ]]; then braid_ready && break; else karaf_ready "$home" && break; fi
    if ! kill -0 "$LAUNCH_PID" 2>/dev/null; then
      tail -n 20 "$dir/console.log" >&2 || true
      die "$dist run $n: process exited before ready (see $dir)"
    fi
    if (( $(now_ns) > deadline )); then
      # Braid keeps Karaf's runtime data under BRAID_DATA (karaf/), plain Karaf under its home (data/)
      tail -n 20 "$home/data/log/karaf.log" "$dir/braid-data/karaf/log/karaf.log" >&2 2>/dev/null || true
      if [[ "$dist" == braid ]]; then
        echo "last answer from $BRAID_HEALTH_PATH (body, then HTTP status): ${LAST_PROBE:-<none, connection failed>}" >&2
      fi
      stop_instance
      die "$dist run $n: not ready after ${READY_TIMEOUT_S}s (see $dir)"
    fi
    sleep 0.05
  done
  t1=$(now_ns)
  RESULT_MS=$(( (t1 - t0) / 1000000 ))

  # The subshell above execs bin/karaf, so LAUNCH_PID is the launcher script.
  JAVA_PID="$(java_child "$LAUNCH_PID")"
  [[ -n "$JAVA_PID" ]] || die "$dist run $n: cannot find the Karaf java process"
  sleep "$IDLE_BEFORE_RSS_S"
  RESULT_RSS_KB="$(awk '/^VmRSS:/ { print $2 }' "/proc/$JAVA_PID/status")"
  [[ -n "$RESULT_RSS_KB" ]] || die "$dist run $n: cannot read VmRSS of pid $JAVA_PID"

  stop_instance
  [[ "$KEEP_RUN_DIRS" == 1 ]] || rm -rf "$dir"
}

# ---- statistics ------------------------------------------------------------------
# stats v1 v2 ... -> "median min max"
stats() {
  printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 }
    END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
          printf "%s %s %s\n", m, a[1], a[NR] }'
}

# ---- main --------------------------------------------------------------------------
cpu_model="$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
mem_gb="$(awk '/^MemTotal:/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)"
java_ver="$(java -version 2>&1 | head -n 1)"

echo "Braid startup benchmark - $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "machine: $(nproc) cores (${cpu_model:-unknown cpu}), ${mem_gb} GB RAM, $(uname -sr)"
echo "java:    $java_ver"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min load average before the runs)"
echo "braid:   ${BRAID_TARBALL#"$REPO_ROOT"/} (built $BRAID_BUILT)  ready = HTTP 200 from :$HTTP_PORT$BRAID_HEALTH_PATH${BRAID_HEALTH_MATCH:+ containing $BRAID_HEALTH_MATCH}"
echo "karaf:   ${KARAF_TARBALL#"$REPO_ROOT"/}  ready = boot features 'Done.' in karaf.log + ssh :$SSH_PORT accepting"
echo "runs:    $RUNS each, interleaved, fresh unpack per run; RSS = VmRSS of java ${IDLE_BEFORE_RSS_S}s after ready"
echo
printf '%-4s %-6s %10s %9s\n' run dist start_ms rss_mb
braid_ms=(); karaf_ms=(); braid_rss=(); karaf_rss=()
for (( i = 1; i <= RUNS; i++ )); do
  for dist in braid karaf; do
    run_one "$dist" "$i"
    rss_mb="$(awk -v k="$RESULT_RSS_KB" 'BEGIN { printf "%.1f", k / 1024 }')"
    printf '%-4s %-6s %10s %9s\n' "$i" "$dist" "$RESULT_MS" "$rss_mb"
    if [[ "$dist" == braid ]]; then braid_ms+=("$RESULT_MS"); braid_rss+=("$rss_mb")
    else karaf_ms+=("$RESULT_MS"); karaf_rss+=("$rss_mb"); fi
  done
done

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine skew results; check this)"
read -r bm_med bm_min bm_max < <(stats "${braid_ms[@]}")
read -r km_med km_min km_max < <(stats "${karaf_ms[@]}")
read -r br_med br_min br_max < <(stats "${braid_rss[@]}")
read -r kr_med kr_min kr_max < <(stats "${karaf_rss[@]}")

echo
printf '%-22s %9s %9s %9s\n' "summary (n=$RUNS)" median min max
printf '%-22s %9s %9s %9s\n' "braid start ms" "$bm_med" "$bm_min" "$bm_max"
printf '%-22s %9s %9s %9s\n' "karaf start ms" "$km_med" "$km_min" "$km_max"
printf '%-22s %9s %9s %9s\n' "braid rss MB" "$br_med" "$br_min" "$br_max"
printf '%-22s %9s %9s %9s\n' "karaf rss MB" "$kr_med" "$kr_min" "$kr_max"
echo
awk -v b="$bm_med" -v k="$km_med" -v br="$br_med" -v kr="$kr_med" 'BEGIN {
  r = b / k
  printf "start time ratio braid/karaf (medians): %.2f  -> target <= 1.50: %s\n", r, (r <= 1.5 ? "MET" : "NOT MET")
  printf "rss ratio braid/karaf (medians):        %.2f\n", br / kr }'
