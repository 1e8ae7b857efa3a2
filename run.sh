#!/usr/bin/env bash
# Starts Braid in the foreground, building it first when the build is missing or older than the sources.
#   BRAID_PORT  HTTP port (default 8181)
#   BRAID_DATA  database and backups (default ./braid-data)
#   BRAID_DEMO  load the demo state on the first start of an empty data dir (default true)
#   BRAID_SSH   true turns on the ssh console for bin/client (needs BRAID_SSH_PASSWORD; see the README)
set -euo pipefail
cd "$(dirname "$0")"
dist=assembly/target/assembly
stamp=assembly/target/.built
if [ ! -x "$dist/bin/karaf" ] || [ ! -f "$stamp" ] \
   || [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$stamp" -print -quit)" ]; then
  echo "Building Braid..."
  mvn -B -q install -DskipTests
  touch "$stamp"
fi
if [ -z "${JAVA_HOME:-}" ] && command -v java >/dev/null; then
  export JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
export BRAID_PORT="${BRAID_PORT:-8181}"
export BRAID_DATA="$(mkdir -p "${BRAID_DATA:-braid-data}" && cd "${BRAID_DATA:-braid-data}" && pwd)"
export BRAID_DEMO="${BRAID_DEMO:-true}"
echo "Braid on http://localhost:$BRAID_PORT/ with data in $BRAID_DATA"
# KARAF_EXEC=exec: java replaces the start script, so SIGTERM reaches Karaf and it shuts down cleanly
export KARAF_EXEC=exec
exec "$dist/bin/karaf" server
