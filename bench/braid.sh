# Sourced by the benchmarks: start the unpacked distribution in $home on $port with its data in $data, and stop it.
# pid is the Karaf JVM's (KARAF_EXEC=exec: the script becomes java).

# braid_start LOG [NAME=VALUE...]: a clean environment (Karaf's own memory defaults, Braid's bin/setenv: -Xmx1024M, as an
# administrator starts it) plus the given settings; returns once health says UP (every module turned on ACTIVE)
braid_start() {
  local log=$1
  shift
  ( unset JAVA_OPTS EXTRA_JAVA_OPTS KARAF_OPTS JAVA_MIN_MEM JAVA_MAX_MEM
    exec env "$@" BRAID_PORT="$port" BRAID_DATA="$(cd "$data" && pwd)" KARAF_EXEC=exec "$home/bin/karaf" server >>"$log" 2>&1 ) &
  pid=$!
  for _ in $(seq 1 900); do
    curl -sf --max-time 1 "http://localhost:$port/api/health" | grep -q '"status":"UP"' && return 0
    sleep 0.2
  done
  echo "Braid did not come up; see $log" >&2
  exit 1
}

# SIGTERM, as a service manager stops it; SIGKILL after 60 s
braid_stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  [ -z "$pid" ] || wait "$pid" 2>/dev/null || true
  pid=
}
