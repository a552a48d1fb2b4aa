#!/usr/bin/env bash
# A real web mail on loopback for the extension's end-to-end tests: Debian's Roundcube
# (elastic skin) served by `php -S`, a private Dovecot IMAP, and an SMTP sink that records
# every message instead of delivering it (scripts/roundcube/smtp_sink.py), so a test can
# assert that a held mail was NOT sent.
#
#   bash scripts/roundcube/setup.sh         (as root; re-runs itself with sudo otherwise)
#
#   Web    http://127.0.0.1:${RC_WEB_PORT:-8088}/   login alice / alice-pass (alice@example.test)
#   IMAP   127.0.0.1:${RC_IMAP_PORT:-1143}          Dovecot, own config, own mail store
#   SMTP   127.0.0.1:${RC_SMTP_PORT:-2525}          sink -> $RC_DIR/var/sink/messages.jsonl
#
# Everything lives under RC_DIR (default: target/roundcube in the project, which git
# ignores). Nothing under /etc is changed: Roundcube reads its config from RC_DIR/etc
# (ROUNDCUBE_CONFIG_DIR), Dovecot runs with `-c RC_DIR/etc/dovecot.conf`.
#
# Idempotent. Installs only the Debian packages that are missing. If the services are
# already running with the same configuration it only says so (well under a second);
# otherwise it stops what a previous run started and starts everything with fresh state.
#   RC_RESTART=1     restart even if healthy
#   RC_KEEP_STATE=1  on restart keep mail store, database, sessions and sink
# Connection details are also written to RC_DIR/roundcube.json for the tests.
# Stop with scripts/roundcube/stop.sh (--purge also deletes RC_DIR).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT=$(cd "$HERE/../.." && pwd)
say() { echo "roundcube-setup: $*"; }
die() { echo "roundcube-setup: $*" >&2; exit 1; }

if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || die "needs root (packages, Dovecot): run as root or install sudo"
  exec sudo --preserve-env=RC_DIR,RC_WEB_PORT,RC_IMAP_PORT,RC_SMTP_PORT,RC_USER,RC_PASS,RC_MAIL_DOMAIN,RC_RESTART,RC_KEEP_STATE \
    bash "${BASH_SOURCE[0]}" "$@"
fi

RC=$(realpath -m "${RC_DIR:-$PROJECT/target/roundcube}")
WEB_PORT=${RC_WEB_PORT:-8088}
IMAP_PORT=${RC_IMAP_PORT:-1143}
SMTP_PORT=${RC_SMTP_PORT:-2525}
RC_USER=${RC_USER:-alice}
RC_PASS=${RC_PASS:-alice-pass}
MAIL_DOMAIN=${RC_MAIL_DOMAIN:-example.test}
ETC=$RC/etc
VAR=$RC/var
MARKER=$RC/.presend-roundcube # marks a directory as ours, so nothing else gets wiped
DOCROOT=/var/lib/roundcube/public_html
# The mail store is written by Dovecot as an unprivileged user (it refuses UID 0).
# Debian's own `mail` user saves creating one.
MAIL_OWNER=mail
# Who gets the sink directory: the user behind sudo, so a test running as that user can
# clear it (clearSink() truncates the JSONL).
SINK_UID=${SUDO_UID:-0}
SINK_GID=${SUDO_GID:-0}

T0=$(date +%s%N)
elapsed() { local ms=$((($(date +%s%N) - T0) / 1000000)); printf '%d.%03ds' $((ms / 1000)) $((ms % 1000)); }

if [[ -d $RC && -n "$(ls -A "$RC" 2>/dev/null)" && ! -e $MARKER ]]; then
  die "$RC exists, is not empty and was not made by this script; choose another RC_DIR"
fi
mkdir -p "$RC"
touch "$MARKER"

# ---------------------------------------------------------------- packages
# php8.2-cgi (versioned!) is there to satisfy php8.2's "libapache2-mod-php8.2 | php8.2-fpm |
# php8.2-cgi" dependency; without it apt picks the first alternative and pulls in apache2.
# The unversioned php-cgi metapackage does not do that.
packages=(roundcube-core roundcube-sqlite3 php-cli dovecot-imapd python3 curl)
missing=()
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
if ((${#missing[@]})); then
  php_v=$(apt-cache depends php-cli 2>/dev/null | sed -n 's/.*Depends: php\([0-9.]*\)-cli$/\1/p' | head -n1)
  if [[ -n $php_v ]] && ! installed "php$php_v-cgi" && ! installed "php$php_v-fpm" && ! installed "libapache2-mod-php$php_v"; then
    missing+=("php$php_v-cgi")
  fi
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Roundcube's debconf questions: no dbconfig-common database (we make our own SQLite
  # file) and do not reconfigure or restart a web server.
  debconf-set-selections <<'EOF'
roundcube-core roundcube/dbconfig-install boolean false
roundcube-core roundcube/reconfigure-webserver multiselect
roundcube-core roundcube/restart-webserver boolean false
EOF
  # The package would start the system-wide Dovecot on 0.0.0.0:143/993; we only want our
  # private instance. A policy-rc.d that answers 101 makes invoke-rc.d/deb-systemd-invoke
  # skip service starts during this install (Docker images usually ship one already).
  own_policy=""
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\n# temporary, from presend scripts/roundcube/setup.sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    own_policy=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt_install() {
    apt-get install -y -q --no-install-recommends \
      -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" >"$RC/apt.log" 2>&1
  }
  # Refresh the package lists only when the install fails (missing or stale lists give
  # "Unable to locate" or 404s), so a machine with current lists skips that round trip.
  if ! apt_install; then
    say "install failed; refreshing package lists and retrying (log: $RC/apt.log)"
    apt-get update -q >/dev/null
    apt_install || { tail -n 20 "$RC/apt.log" >&2; die "apt-get install failed"; }
  fi
  if [[ -n $own_policy ]]; then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
  say "packages installed after $(elapsed)"
fi
for cmd in php dovecot curl /usr/bin/python3; do
  command -v "$cmd" >/dev/null || die "$cmd is missing after the install"
done
[[ -f $DOCROOT/index.php ]] || die "$DOCROOT/index.php is missing (roundcube-core layout changed?)"

# ---------------------------------------------------------------- configuration
# Written to etc.new first: if it equals etc and everything answers, nothing needs doing.
NEW=$RC/etc.new
rm -rf "$NEW"
mkdir -p "$NEW"
[[ -s $RC/des_key ]] || head -c 18 /dev/urandom | base64 >"$RC/des_key" # 24 chars, kept across runs
DES_KEY=$(cat "$RC/des_key")

# Dovecot binds UNIX sockets under base_dir; sun_path is limited to 108 bytes, so a deep
# checkout path would make it fail. Fall back to a short directory under /run then.
DOVECOT_BASE=$VAR/run/dovecot
if ((${#DOVECOT_BASE} > 70)); then
  DOVECOT_BASE=/run/presend-roundcube-$(printf %s "$RC" | sha256sum | cut -c1-8)
fi
MAIL_UID=$(id -u "$MAIL_OWNER")
MAIL_GID=$(id -g "$MAIL_OWNER")

cat >"$NEW/config.inc.php" <<EOF
<?php
// Written by presend scripts/roundcube/setup.sh; read through ROUNDCUBE_CONFIG_DIR=$ETC
// (defaults.inc.php next to it is a link to Debian's). Test fixture only.
\$config = [];
\$config['db_dsnw'] = 'sqlite:///$VAR/roundcube.db?mode=0640';
\$config['imap_host'] = '127.0.0.1:$IMAP_PORT';
\$config['smtp_host'] = '127.0.0.1:$SMTP_PORT';
// The sink has no AUTH; Roundcube's defaults ('%u'/'%p') would try it.
\$config['smtp_user'] = '';
\$config['smtp_pass'] = '';
\$config['mail_domain'] = '$MAIL_DOMAIN';
\$config['des_key'] = '$DES_KEY';
\$config['product_name'] = 'Roundcube Webmail';
\$config['support_url'] = '';
\$config['plugins'] = [];
\$config['skin'] = 'elastic';
// English labels: tests and adapters may match button texts.
\$config['language'] = 'en_US';
\$config['timezone'] = 'UTC';
\$config['temp_dir'] = '$VAR/temp/';
\$config['log_dir'] = '$VAR/log/';
\$config['create_default_folders'] = true;
// Plain-text compose (textarea#composebody); TinyMCE only when a test switches to HTML.
\$config['htmleditor'] = 0;
// No background draft saves, and no copy of the compose form in localStorage: either
// would make "not sent" runs depend on timing or on an earlier test's leftovers
// (Roundcube offers to restore a localStorage copy on the next compose).
\$config['draft_autosave'] = 0;
\$config['compose_save_localstorage'] = false;
// No spell checker: Roundcube's default engine would call a remote service.
\$config['enable_spellcheck'] = false;
\$config['login_rate_limit'] = 0;
\$config['session_lifetime'] = 600;
// PHP's own file session handler locks a session per request, which serialises one
// browser's parallel requests. Roundcube's default 'db' handler does not: with several
// php -S workers a request still in flight (the mail list refresh) could write back an
// older session over the one compose had just written, and about 1 run in 20 failed with
// "Requested compose session not found".
\$config['session_storage'] = 'php';
EOF

cat >"$NEW/dovecot-users" <<EOF
$RC_USER:{PLAIN}$RC_PASS
EOF

cat >"$NEW/dovecot.conf" <<EOF
# Written by presend scripts/roundcube/setup.sh: a private Dovecot, IMAP on loopback only,
# plaintext login (it never leaves 127.0.0.1), one passwd-file user, Maildir under $VAR/mail.
protocols = imap
listen = 127.0.0.1
instance_name = presend-roundcube
base_dir = $DOVECOT_BASE
state_dir = $VAR/run/dovecot-state
log_path = $VAR/log/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = $MAIL_UID
mail_location = maildir:$VAR/mail/%u/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $ETC/dovecot-users
}
userdb {
  driver = static
  args = uid=$MAIL_OWNER gid=$MAIL_OWNER home=$VAR/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \Junk
    auto = subscribe
  }
}
EOF

# Part of the comparison, so that a changed sink, setup script or port restarts things.
{
  echo "web=$WEB_PORT imap=$IMAP_PORT smtp=$SMTP_PORT sink_owner=$SINK_UID:$SINK_GID"
  sha256sum "$HERE/smtp_sink.py" "${BASH_SOURCE[0]}" | cut -d' ' -f1
} >"$NEW/harness.txt"
ln -s /etc/roundcube/defaults.inc.php "$NEW/defaults.inc.php"
ln -s /etc/roundcube/mimetypes.php "$NEW/mimetypes.php"

# ---------------------------------------------------------------- already running?
# "alive": exists and is not a zombie (a slow-reaping PID 1 can leave zombies for a while).
alive() { local s; s=$(ps -o stat= -p "$1" 2>/dev/null) && [[ -n $s && $s != Z* ]]; }
pid_ok() { # pidfile cmdline-pattern
  local pid
  [[ -s $1 ]] && pid=$(<"$1") && alive "$pid" &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2"
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
login_page() { curl -fsS --max-time 10 "http://127.0.0.1:$WEB_PORT/" 2>/dev/null | grep -q 'rcmloginuser'; }
healthy() {
  pid_ok "$VAR/run/php-server.pid" "php -S 127.0.0.1:$WEB_PORT" &&
    pid_ok "$VAR/run/smtp-sink.pid" "smtp_sink.py $SMTP_PORT" &&
    pid_ok "$DOVECOT_BASE/master.pid" "dovecot" &&
    port_open "$IMAP_PORT" && port_open "$SMTP_PORT" && login_page
}

summary() {
  cat <<EOF
Roundcube  http://127.0.0.1:$WEB_PORT/   user $RC_USER   password $RC_PASS   ($RC_USER@$MAIL_DOMAIN)
IMAP       127.0.0.1:$IMAP_PORT (Dovecot)   SMTP sink 127.0.0.1:$SMTP_PORT -> $VAR/sink/messages.jsonl
Logs       $VAR/log/   Stop: bash $HERE/stop.sh
EOF
}

if [[ ${RC_RESTART:-0} != 1 && -d $ETC ]] && diff -rq "$ETC" "$NEW" >/dev/null 2>&1 && healthy; then
  rm -rf "$NEW"
  say "already running, configuration unchanged ($(elapsed))"
  summary
  exit 0
fi

# ---------------------------------------------------------------- (re)start
RC_DIR=$RC bash "$HERE/stop.sh" >/dev/null 2>&1 || true
for p in "$WEB_PORT" "$IMAP_PORT" "$SMTP_PORT"; do
  if port_open "$p"; then
    die "127.0.0.1:$p is in use by another process (set RC_WEB_PORT/RC_IMAP_PORT/RC_SMTP_PORT)"
  fi
done
rm -rf "$ETC"
mv "$NEW" "$ETC"
chmod 640 "$ETC/dovecot-users"
chgrp dovecot "$ETC/dovecot-users" # Dovecot's auth process runs as user dovecot

[[ ${RC_KEEP_STATE:-0} == 1 ]] || rm -rf "$VAR" "$RC/roundcube.json"
mkdir -p "$VAR"/{temp,log,mail,run,run/dovecot-state,sink,sessions}
chown "$MAIL_OWNER:$MAIL_OWNER" "$VAR/mail"
chown "$SINK_UID:$SINK_GID" "$VAR/sink"
if ! setpriv --reuid="$MAIL_UID" --regid="$MAIL_GID" --clear-groups test -w "$VAR/mail"; then
  die "user $MAIL_OWNER cannot write $VAR/mail (a parent directory is not searchable?); choose another RC_DIR"
fi

# Dovecot daemonizes; its master PID ends up in base_dir/master.pid. Daemons get their own
# log files and </dev/null: an inherited stdout would keep a caller's pipe open forever.
dovecot -c "$ETC/dovecot.conf" </dev/null >"$VAR/log/dovecot-start.log" 2>&1 ||
  { cat "$VAR/log/dovecot-start.log" >&2; die "dovecot did not start"; }

# The sink runs as the user behind sudo (or root); it needs no privileges (port > 1024).
# The `bash -c 'echo $$ ...; exec'` form records the PID of the process that ends up
# running python, whatever setpriv does in between.
# shellcheck disable=SC2016 # $$ and $1.. are meant for the inner bash
setpriv --reuid="$SINK_UID" --regid="$SINK_GID" --clear-groups \
  bash -c 'echo $$ >"$0"; exec /usr/bin/python3 -u "$1" "$2" "$3"' \
  "$VAR/run/smtp-sink.pid" "$HERE/smtp_sink.py" "$SMTP_PORT" "$VAR/sink" \
  </dev/null >"$VAR/log/smtp-sink.log" 2>&1 &

# php -S with workers: PHP_CLI_SERVER_WORKERS forks children that serve requests in
# parallel (Roundcube's UI fires several at once). setsid gives the master its own process
# group, so stop.sh can end master and workers together. display_errors off: a PHP notice
# printed into an AJAX response would break Roundcube's JSON.
(
  cd "$DOCROOT"
  export ROUNDCUBE_CONFIG_DIR=$ETC PHP_CLI_SERVER_WORKERS=4
  # shellcheck disable=SC2016 # $$ and $@ are meant for the inner bash
  exec setsid bash -c 'echo $$ >"$0"; exec "$@"' "$VAR/run/php-server.pid" \
    php -S "127.0.0.1:$WEB_PORT" -t "$DOCROOT" \
    -d upload_max_filesize=25M -d post_max_size=30M -d memory_limit=256M \
    -d display_errors=0 -d log_errors=1 -d error_log="$VAR/log/php-errors.log" \
    -d session.save_handler=files -d session.save_path="$VAR/sessions" -d session.gc_maxlifetime=36000
) </dev/null >"$VAR/log/php-server.log" 2>&1 &

if [[ ! -s $VAR/roundcube.db ]]; then
  # Roundcube does not create its schema itself. PHP's PDO does it, no sqlite3 CLI needed.
  # shellcheck disable=SC2016 # PHP code, not shell
  php -r '$db = new PDO("sqlite:" . $argv[1]); $db->exec(file_get_contents($argv[2]));' \
    "$VAR/roundcube.db" /usr/share/roundcube/SQL/sqlite.initial.sql
  chmod 640 "$VAR/roundcube.db"
fi

wait_for() { # what command...
  local what=$1
  shift
  for _ in $(seq 1 150); do "$@" && return 0; sleep 0.1; done
  die "$what did not come up within 15 s; see $VAR/log/"
}
wait_for "Dovecot (127.0.0.1:$IMAP_PORT)" port_open "$IMAP_PORT"
wait_for "SMTP sink (127.0.0.1:$SMTP_PORT)" port_open "$SMTP_PORT"
wait_for "php -S (127.0.0.1:$WEB_PORT)" port_open "$WEB_PORT"
login_page || die "no Roundcube login page at http://127.0.0.1:$WEB_PORT/; see $VAR/log/"

cat >"$RC/roundcube.json" <<EOF
{
  "url": "http://127.0.0.1:$WEB_PORT/",
  "user": "$RC_USER",
  "password": "$RC_PASS",
  "email": "$RC_USER@$MAIL_DOMAIN",
  "imap": "127.0.0.1:$IMAP_PORT",
  "smtp": "127.0.0.1:$SMTP_PORT",
  "sink": "$VAR/sink/messages.jsonl",
  "logs": "$VAR/log",
  "roundcube": "$(dpkg-query -W -f='${Version}' roundcube-core)"
}
EOF
say "started after $(elapsed): roundcube $(dpkg-query -W -f='${Version}' roundcube-core), dovecot $(dovecot --version | cut -d' ' -f1), php $(php -r 'echo PHP_VERSION;')"
summary
