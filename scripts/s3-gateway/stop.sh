#!/usr/bin/env bash
# Stops what start.sh started (by the pid files in $S3GW_DIR, never by process name) and removes its data.
set -uo pipefail
DIR=${S3GW_DIR:-/tmp/ckpt-s3gw}
[ -d "$DIR" ] || { echo "s3-gateway: nothing to stop ($DIR does not exist)" >&2; exit 0; }
rm -f "$DIR/ready"
stop_pid() {
  local pid=$1 i
  kill "$pid" 2>/dev/null || return 0
  for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}
# The gateway first, the monitor last: the others talk to it while they shut down.
for name in client.rgw.a osd.0 mon.a; do
  f="$DIR/run/$name.pid"
  [ -f "$f" ] && stop_pid "$(cat "$f")"
done
rm -rf "$DIR"
echo "s3-gateway: stopped" >&2
