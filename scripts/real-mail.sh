#!/usr/bin/env bash
# The real-mail round trip, the long profile of issue 14: Gatehouse's jar sends one approved email
# through a real Postfix, which delivers it to a real Dovecot; the delivered copy is fetched over
# IMAP and checked (CRLF, Message-ID, Date, List-Unsubscribe + One-Click, EHLO name, To: with a
# name, postal address and opt-out line in the body) and scored by SpamAssassin (< 2.0 without
# the loopback trust rule). One PASS/FAIL line per assertion; exit 1 when any failed.
#
# Needs root: it installs postfix, dovecot-imapd, dovecot-lmtpd and spamassassin with apt-get when
# they are missing (Debian 12, Dovecot 2.3), and runs its own Postfix and Dovecot on loopback only,
# with their own configuration, queue and mail under $WORK (the system's mail setup is not touched,
# nothing is relayed beyond 127.0.0.1). It runs again cleanly, and stops what it started on exit.
#
#   sudo scripts/real-mail.sh            # builds bot/target/gatehouse.jar first if it is missing
#   GATEHOUSE_REAL_MAIL_DIR=/tmp/rm sudo -E scripts/real-mail.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE=$ROOT/scripts/real-mail
WORK=${GATEHOUSE_REAL_MAIL_DIR:-/var/tmp/gatehouse-real-mail}
SMTP_PORT=${REAL_MAIL_SMTP_PORT:-2525}
IMAP_PORT=${REAL_MAIL_IMAP_PORT:-10143}
LMTP_PORT=${REAL_MAIL_LMTP_PORT:-10024}
JAR=$ROOT/bot/target/gatehouse.jar
DOMAIN=northwind.test
RECIPIENT=dana@$DOMAIN
MAILBOX_PASSWORD=real-mail-mailbox-password
POSTAL_ADDRESS="Ledgerline GmbH, Torstrasse 1, 10119 Berlin, Germany"

say() { printf '[real-mail] %s\n' "$*"; }
die() { printf '[real-mail] %s\n' "$*" >&2; exit 2; }

[ "$(id -u)" -eq 0 ] || die "needs root: it installs packages with apt-get and runs Postfix and Dovecot (try sudo $0)"

install_missing() {
  local missing=()
  [ -x /usr/sbin/postfix ] || missing+=(postfix)
  [ -x /usr/sbin/dovecot ] && [ -x /usr/lib/dovecot/imap ] || missing+=(dovecot-imapd)
  [ -x /usr/lib/dovecot/lmtp ] || missing+=(dovecot-lmtpd)
  command -v spamassassin >/dev/null || missing+=(spamassassin)
  command -v python3 >/dev/null || missing+=(python3)
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]} from Debian's packages"
  # no system-wide mail setup, and no service started by the packages: this script runs its own
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  local guard=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    guard=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' >"$guard" && chmod +x "$guard"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  [ -z "$guard" ] || rm -f "$guard"
}

stop_pid_file() { # the process a pid file names (its first line), if it still runs; waits for it to go
  [ -f "$1" ] || return 0
  local pid
  pid=$(head -n 1 "$1")
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
}

stop_servers() {
  if [ -f "$WORK/postfix/main.cf" ]; then postfix -c "$WORK/postfix" stop >/dev/null 2>&1 || true; fi
  stop_pid_file "$WORK/dovecot-run/master.pid"
  # the bot's embedded PostgreSQL, should the bot have been killed before it could stop it
  stop_pid_file "$WORK/data/pgdata/postmaster.pid"
}

fill() { # template -> file, with @WORK@ and the ports filled in
  sed -e "s|@WORK@|$WORK|g" -e "s|@SMTP_PORT@|$SMTP_PORT|g" -e "s|@IMAP_PORT@|$IMAP_PORT|g" \
      -e "s|@LMTP_PORT@|$LMTP_PORT|g" -e "s|@DOMAIN@|$DOMAIN|g" -e "s|@MAIL_UID@|$(id -u mail)|g" \
      -e "s|@MAIL_GID@|$(id -g mail)|g" "$1" >"$2"
}

wait_port() {
  for _ in $(seq 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  die "nothing listens on 127.0.0.1:$1 ($2); see $WORK/*.log"
}

pick_java() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if "$candidate/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then echo "$candidate/bin/java"; return 0; fi
  done
  die "no JDK 21 or newer found (set JAVA_HOME)"
}

install_missing
case "$(dovecot --version)" in 2.3.*) ;; *) die "this script writes a Dovecot 2.3 configuration; found $(dovecot --version)";; esac

case "$WORK" in /*/*) ;; *) die "GATEHOUSE_REAL_MAIL_DIR must be an absolute path below a folder, e.g. /var/tmp/real-mail";; esac
if [ -d "$WORK" ] && [ ! -f "$WORK/.gatehouse-real-mail" ] && [ -n "$(ls -A "$WORK")" ]; then
  die "$WORK exists and was not made by this script; choose another GATEHOUSE_REAL_MAIL_DIR"
fi
stop_servers
trap stop_servers EXIT
rm -rf "$WORK"
mkdir -p "$WORK" && touch "$WORK/.gatehouse-real-mail"
mkdir -p "$WORK/postfix" "$WORK/postfix-spool" "$WORK/postfix-data" "$WORK/mail" "$WORK/data"
chmod 755 "$WORK"
chown postfix "$WORK/postfix-data"
chown mail:mail "$WORK/mail"

fill "$HERE/main.cf.in" "$WORK/postfix/main.cf"
fill "$HERE/master.cf.in" "$WORK/postfix/master.cf"
fill "$HERE/dovecot.conf.in" "$WORK/dovecot.conf"
echo "$RECIPIENT:{PLAIN}$MAILBOX_PASSWORD::::::" >"$WORK/dovecot-users"

say "starting Dovecot (IMAP 127.0.0.1:$IMAP_PORT, LMTP 127.0.0.1:$LMTP_PORT)"
dovecot -c "$WORK/dovecot.conf"
wait_port "$IMAP_PORT" "Dovecot IMAP"
wait_port "$LMTP_PORT" "Dovecot LMTP"
say "starting Postfix (SMTP 127.0.0.1:$SMTP_PORT, $DOMAIN to Dovecot)"
postfix -c "$WORK/postfix" check || die "Postfix refused its configuration; see $WORK/postfix.log"
postfix -c "$WORK/postfix" start >/dev/null || die "Postfix did not start; see $WORK/postfix.log"
wait_port "$SMTP_PORT" "Postfix SMTP"

JAVA=$(pick_java)
if [ ! -f "$JAR" ]; then
  say "building $JAR"
  (cd "$ROOT" && JAVA_HOME=$(dirname "$(dirname "$JAVA")") ./mvnw -B -q -DskipTests package)
fi

say "running the bot from $JAR: seed, signal, review in (fake) Slack, Approve, send"
set +e
env GATEHOUSE_DATA_DIR="$WORK/data" SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT" SMTP_STARTTLS=false \
    MAIL_FROM="Ari Lund <ari@ledgerline.test>" GATEHOUSE_PUBLIC_URL=https://gatehouse.ledgerline.test \
    GATEHOUSE_UNSUBSCRIBE_SECRET=real-mail-unsubscribe-secret-0123456789abcdef \
    GATEHOUSE_POSTAL_ADDRESS="$POSTAL_ADDRESS" \
    SEND_DAYS=MON-SUN SEND_WINDOW_START=00:00 SEND_WINDOW_END=23:59 SEND_MIN_SPACING_SECONDS=0 SEND_JITTER_SECONDS=0 \
    GATEHOUSE_JOB_POLL_MS=200 FOLLOWUP_DAYS=off \
    "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$JAR" "$HERE/RoundTrip.java" "$WORK/mail/$DOMAIN/dana" "$RECIPIENT" \
    >"$WORK/bot.log" 2>&1
bot=$?
set -e
grep '^\[round trip\]' "$WORK/bot.log" || true
if [ "$bot" -ne 0 ]; then
  tail -n 30 "$WORK/bot.log" >&2
  die "the bot did not get an email delivered (exit $bot); logs: $WORK/bot.log, $WORK/postfix.log, $WORK/dovecot.log"
fi

say "checking the delivered message (saved as $WORK/delivered.eml)"
python3 "$HERE/check_mail.py" --port "$IMAP_PORT" --user "$RECIPIENT" --password "$MAILBOX_PASSWORD" \
    --postal-address "$POSTAL_ADDRESS" --save "$WORK/delivered.eml"
