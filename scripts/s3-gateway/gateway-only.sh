#!/usr/bin/env bash
# Stops or starts only the RADOS Gateway of a cluster that start.sh set up, leaving the monitor and the OSD (and so
# every stored object) running: the tests use it to take the S3 endpoint away in the middle of a run.
#   scripts/s3-gateway/gateway-only.sh stop|start
set -euo pipefail
DIR=${S3GW_DIR:-/tmp/ckpt-s3gw}
PORT=${S3GW_PORT:-7480}
PIDFILE="$DIR/run/client.rgw.a.pid"
[ -f "$DIR/ceph.conf" ] || { echo "gateway-only: no cluster in $DIR; run scripts/s3-gateway/start.sh first" >&2; exit 1; }
answers() { curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$PORT/" 2>/dev/null | grep -q '^[1-5]'; }
case "${1:-}" in
  stop)
    if [ -f "$PIDFILE" ]; then
      pid=$(cat "$PIDFILE")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    for _ in $(seq 1 50); do answers || exit 0; sleep 0.1; done
    echo "gateway-only: the gateway still answers on port $PORT" >&2; exit 1 ;;
  start)
    answers && exit 0
    radosgw -c "$DIR/ceph.conf" -n client.rgw.a
    for _ in $(seq 1 600); do answers && exit 0; sleep 0.1; done
    echo "gateway-only: the gateway did not answer within 60 s (log: $DIR/log/client.rgw.a.log)" >&2; exit 1 ;;
  *) echo "usage: $0 stop|start" >&2; exit 2 ;;
esac
