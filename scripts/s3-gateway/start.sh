#!/usr/bin/env bash
# Starts a throwaway single-node Ceph (one monitor, one memstore OSD) and a RADOS Gateway (S3 API) on
# 127.0.0.1, with a test user whose keys are fixed, for the object-store conformance suite and the demo.
# Idempotent: if the gateway already answers, it prints the settings and exits 0. Everything lives in
# $S3GW_DIR (default /tmp/ckpt-s3gw); memstore keeps objects in memory, so a stop forgets them.
#
#   scripts/s3-gateway/start.sh [--install]     --install: apt-get install the Ceph 16.2 packages first
#
# It prints the settings on stdout (progress goes to stderr), so eval "$(scripts/s3-gateway/start.sh)" starts it and sets
# AWS_ENDPOINT_URL_S3, the keys, the region, CKPT_S3_DIALECT and the bucket's name (created, empty) in this shell;
# eval "$(scripts/s3-gateway/start.sh --env)" sets them again later.
set -euo pipefail

DIR=${S3GW_DIR:-/tmp/ckpt-s3gw}
PORT=${S3GW_PORT:-7480}
MON_PORT=${S3GW_MON_PORT:-6789}
ACCESS_KEY=${S3GW_ACCESS_KEY:-CKPTTESTACCESSKEY000}
SECRET_KEY=${S3GW_SECRET_KEY:-ckpt-test-secret-key-not-for-production-0}
BUCKET=${S3GW_BUCKET:-ckpt-test}
READY_SECONDS=${S3GW_READY_SECONDS:-90}
ENDPOINT="http://127.0.0.1:$PORT"

say() { echo "s3-gateway: $*" >&2; }
die() { say "FAILED: $*"; [ -d "$DIR/log" ] && say "logs are in $DIR/log ($(ls "$DIR/log" | tr '\n' ' '))"; exit 1; }

print_env() {
  cat <<ENV
export AWS_ENDPOINT_URL_S3=$ENDPOINT
export AWS_ACCESS_KEY_ID=$ACCESS_KEY
export AWS_SECRET_ACCESS_KEY=$SECRET_KEY
export AWS_REGION=us-east-1
export CKPT_S3_TEST_BUCKET=$BUCKET
export CKPT_S3_DIALECT=ceph-16
ENV
}

if [ "${1:-}" = "--env" ]; then print_env; exit 0; fi

# Any HTTP status means the gateway's front end is up; S3 answers 200 to an anonymous ListBuckets.
answers() { curl -s -o /dev/null -m 2 -w '%{http_code}' "$ENDPOINT/" 2>/dev/null | grep -q '^[1-5]'; }

if [ "${1:-}" = "--install" ]; then
  if ! command -v radosgw >/dev/null || ! command -v ceph-mon >/dev/null || ! command -v ceph-osd >/dev/null \
    || ! command -v curl >/dev/null || ! command -v uuidgen >/dev/null; then
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
    say "installing ceph-mon, ceph-osd, radosgw (Debian, Ceph 16.2); this takes about 2 minutes"
    log=$(mktemp)
    if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      ceph-mon ceph-osd radosgw ceph-common curl uuid-runtime procps; } >"$log" 2>&1; then
      cat "$log" >&2; die "apt-get install of the Ceph packages failed (output above)"
    fi
    rm -f "$log"
  fi
fi

for tool in ceph-mon ceph-osd radosgw radosgw-admin ceph monmaptool curl uuidgen; do
  command -v "$tool" >/dev/null || die "$tool is not installed; run: $0 --install (Debian: apt-get install ceph-mon ceph-osd radosgw ceph-common curl uuid-runtime)"
done

if answers && [ -f "$DIR/ready" ]; then
  say "already running at $ENDPOINT"
  print_env
  exit 0
fi

# A half-started cluster from an earlier attempt is useless (memstore lost its data): clear it first.
"$(dirname "$0")/stop.sh" >/dev/null 2>&1 || true
if answers; then die "port $PORT is taken by something else; set S3GW_PORT to a free port"; fi

started=$(date +%s)
rm -rf "$DIR"
mkdir -p "$DIR"/{mon,osd,run,log}
FSID=$(uuidgen)
CONF=$DIR/ceph.conf
cat >"$CONF" <<CONF
[global]
fsid = $FSID
mon host = v1:127.0.0.1:$MON_PORT
mon initial members = a
public network = 127.0.0.0/8
ms bind msgr2 = false
auth cluster required = none
auth service required = none
auth client required = none
run dir = $DIR/run
admin socket = $DIR/run/\$name.asok
log file = $DIR/log/\$name.log
pid file = $DIR/run/\$name.pid
keyring = $DIR/keyring
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
mon allow pool size one = true
mon warn on pool no redundancy = false
osd crush chooseleaf type = 0
[mon]
mon data = $DIR/mon/\$cluster-\$id
[osd]
osd data = $DIR/osd/\$cluster-\$id
# The OSD's own crush/class update at start sends a zero fsid in 16.2 and the monitor refuses it
# ("wrong fsid"), which stops the OSD: the script places it in the crush map itself instead.
osd crush update on start = false
osd class update on start = false
osd objectstore = memstore
memstore device bytes = 1073741824
osd max object name len = 256
osd max object namespace len = 64
[client.rgw.a]
rgw frontends = beast endpoint=127.0.0.1:$PORT
rgw data = $DIR/rgw
rgw enable usage log = false
rgw thread pool size = 64
CONF

step() { say "$1 ($(( $(date +%s) - started )) s)"; }
CEPH=(ceph -c "$CONF" --connect-timeout 10)

step "monitor"
ceph-authtool --create-keyring "$DIR/keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
monmaptool --create --add a "127.0.0.1:$MON_PORT" --fsid "$FSID" "$DIR/monmap" >/dev/null
ceph-mon -c "$CONF" --mkfs -i a --monmap "$DIR/monmap" --keyring "$DIR/keyring" 2>>"$DIR/log/setup.log" \
  || die "ceph-mon --mkfs failed"
ceph-mon -c "$CONF" -i a 2>>"$DIR/log/setup.log" || die "ceph-mon did not start"
"${CEPH[@]}" mon stat >/dev/null 2>>"$DIR/log/setup.log" || die "the monitor does not answer on 127.0.0.1:$MON_PORT"

step "memstore OSD"
OSD_UUID=$(uuidgen)
OSD_ID=$("${CEPH[@]}" osd new "$OSD_UUID" 2>>"$DIR/log/setup.log") || die "ceph osd new failed"
mkdir -p "$DIR/osd/ceph-$OSD_ID"
"${CEPH[@]}" osd crush add-bucket localhost host >/dev/null 2>>"$DIR/log/setup.log" || die "ceph osd crush add-bucket failed"
"${CEPH[@]}" osd crush move localhost root=default >/dev/null 2>>"$DIR/log/setup.log" || die "ceph osd crush move failed"
"${CEPH[@]}" osd crush add "osd.$OSD_ID" 1 host=localhost >/dev/null 2>>"$DIR/log/setup.log" || die "ceph osd crush add failed"
ceph-osd -c "$CONF" -i "$OSD_ID" --mkfs --osd-uuid "$OSD_UUID" 2>>"$DIR/log/setup.log" >/dev/null || die "ceph-osd --mkfs failed"
ceph-osd -c "$CONF" -i "$OSD_ID" 2>>"$DIR/log/setup.log" >/dev/null || die "ceph-osd did not start"
deadline=$(( $(date +%s) + READY_SECONDS ))
until "${CEPH[@]}" osd stat 2>/dev/null | grep -q '1 up'; do
  [ "$(date +%s)" -lt "$deadline" ] || die "the OSD did not come up within $READY_SECONDS s"
  sleep 1
done

step "RADOS Gateway on $ENDPOINT"
mkdir -p "$DIR/rgw"
radosgw -c "$CONF" -n client.rgw.a 2>>"$DIR/log/setup.log" || die "radosgw did not start"
until answers; do
  [ "$(date +%s)" -lt "$deadline" ] || die "the gateway did not answer on $ENDPOINT within $READY_SECONDS s"
  sleep 1
done

step "test user"
if ! radosgw-admin -c "$CONF" user info --uid ckpt-test >/dev/null 2>&1; then
  radosgw-admin -c "$CONF" user create --uid ckpt-test --display-name 'state-checkpoint tests' \
    --access-key "$ACCESS_KEY" --secret-key "$SECRET_KEY" >/dev/null 2>>"$DIR/log/setup.log" \
    || die "radosgw-admin user create failed"
fi

# The bucket the tests and the README's demo use (s3://$BUCKET/...). curl signs with SigV4 itself; RGW also wants the
# payload hash header, which curl 7.88 does not add (this is the hash of the empty body).
code=$(curl -s -o "$DIR/log/create-bucket.xml" -w '%{http_code}' -m 30 -X PUT --aws-sigv4 "aws:amz:us-east-1:s3" \
  --user "$ACCESS_KEY:$SECRET_KEY" -H "x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" \
  "$ENDPOINT/$BUCKET") || true
[ "$code" = 200 ] || die "creating bucket $BUCKET answered HTTP $code ($(cat "$DIR/log/create-bucket.xml" 2>/dev/null))"
step "bucket $BUCKET"

touch "$DIR/ready"
step "ready: $ENDPOINT, keys in the environment below (memory: $(ps -o rss= -C ceph-mon,ceph-osd,radosgw | awk '{s+=$1} END {printf "%d MiB", s/1024}'))"
print_env
