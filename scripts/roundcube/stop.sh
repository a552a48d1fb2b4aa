#!/usr/bin/env bash
# Stops what scripts/roundcube/setup.sh started under RC_DIR (default target/roundcube):
# php -S (master and workers), the SMTP sink, the private Dovecot. Only by the PIDs that
# setup.sh recorded, and only if each PID still runs what we started (a stale PID file
# must not kill an unrelated process). Safe to run repeatedly.
#
#   bash scripts/roundcube/stop.sh            stop; keep RC_DIR (mail, sink, logs)
#   bash scripts/roundcube/stop.sh --purge    stop and delete RC_DIR (files are root's and
#                                             Dovecot's, so `cargo clean` alone cannot)
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT=$(cd "$HERE/../.." && pwd)
say() { echo "roundcube-stop: $*"; }

purge=""
case "${1:-}" in
  "") ;;
  --purge) purge=1 ;;
  *) echo "usage: stop.sh [--purge]" >&2; exit 2 ;;
esac

if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "roundcube-stop: needs root: run as root or install sudo" >&2; exit 1; }
  exec sudo --preserve-env=RC_DIR bash "${BASH_SOURCE[0]}" "$@"
fi

RC=$(realpath -m "${RC_DIR:-$PROJECT/target/roundcube}")
RUN=$RC/var/run
[[ -e $RC/.presend-roundcube ]] || { say "nothing set up in $RC"; exit 0; }

# Dovecot's master.pid is in its base_dir, which setup.sh may have moved to /run.
dovecot_base=$(sed -n 's/^base_dir = //p' "$RC/etc/dovecot.conf" 2>/dev/null)
dovecot_base=${dovecot_base:-$RUN/dovecot}

alive() { local s; s=$(ps -o stat= -p "$1" 2>/dev/null) && [[ -n $s && $s != Z* ]]; }
stop_pid() { # name pidfile cmdline-pattern [group]
  local name=$1 file=$2 pattern=$3 group=${4:-} pid target
  [[ -s $file ]] || return 0
  pid=$(<"$file")
  if [[ $pid =~ ^[0-9]+$ ]] && alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pattern"; then
    # php -S workers are children in the master's process group: signal the group.
    target=$pid
    [[ -n $group ]] && target=-$pid
    kill -TERM -- "$target" 2>/dev/null
    for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
    alive "$pid" && kill -KILL -- "$target" 2>/dev/null
    say "stopped $name (pid $pid)"
  fi
  rm -f "$file"
}
stop_pid php-server "$RUN/php-server.pid" "php -S" group
stop_pid smtp-sink "$RUN/smtp-sink.pid" "smtp_sink.py"
stop_pid dovecot "$dovecot_base/master.pid" "dovecot" # the master ends its own children

if [[ -n $purge ]]; then
  rm -rf "$RC"
  [[ $dovecot_base == /run/presend-roundcube-* ]] && rm -rf "$dovecot_base"
  say "deleted $RC"
fi
exit 0
