#!/usr/bin/env bash
# A throw-away local mail server for the e-mail connector tests: Dovecot (IMAP) and Postfix (SMTP, delivering into
# the same maildirs), both on 127.0.0.1 with free ports, private configs and everything under one directory.
# Nothing touches /etc or the system's own mail services.
#
#   eng/mail-server.sh start DIR   installs dovecot-imapd and postfix if missing (root, apt), starts both and writes
#                                  DIR/server.env (IMAP_PORT, SMTP_PORT, MAIL_DOMAIN, users and passwords)
#   eng/mail-server.sh stop DIR    stops the instances started in DIR by their own PID files
#
# Mailboxes medinfo@, patient@ and box1@ .. box100@caredesk.test (so each test can take mailboxes of its own), all
# with the password "mail-test-pw"; any other password is refused. (Postfix's virtual delivery forbids regexp
# substitution in mailbox maps, hence a fixed list.)
set -euo pipefail

command_name="${1:-}"
dir="${2:-}"
if [ -z "$command_name" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

domain="caredesk.test"
password="mail-test-pw"

install_if_missing() {
  if command -v dovecot >/dev/null 2>&1 && [ -x /usr/sbin/postfix ]; then
    return
  fi
  if [ "$(id -u)" != "0" ]; then
    echo "dovecot-imapd and postfix are missing: run 'sudo apt-get install dovecot-imapd postfix'." >&2
    exit 1
  fi
  echo "Installing dovecot-imapd and postfix for the e-mail connector tests..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd postfix >/dev/null
}

# A port nothing listens on; bash's /dev/tcp fails to connect when the port is free.
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port found" >&2
  exit 1
}

wait_for_port() {
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
      return
    fi
    sleep 0.1
  done
  echo "$2 did not start listening on 127.0.0.1:$1; its log:" >&2
  cat "$3" >&2 || true
  exit 1
}

start() {
  install_if_missing
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  local imap_port smtp_port mail_uid mail_gid
  imap_port="$(free_port)"
  smtp_port="$(free_port)"
  while [ "$smtp_port" = "$imap_port" ]; do smtp_port="$(free_port)"; done
  mail_uid="$(id -u dovecot)"
  mail_gid="$(id -g dovecot)"

  mkdir -p "$dir/dovecot/run" "$dir/mail/$domain" "$dir/postfix/etc" "$dir/postfix/queue" "$dir/postfix/data"
  : >"$dir/postfix/etc/mailboxes"
  for user in medinfo patient $(seq -f "box%g" 1 100); do
    echo "$user@$domain $domain/$user/" >>"$dir/postfix/etc/mailboxes"
  done
  chown -R "$mail_uid:$mail_gid" "$dir/mail"
  chown postfix:postfix "$dir/postfix/data"
  chmod 0755 "$dir" "$dir/dovecot" "$dir/postfix"

  cat >"$dir/dovecot/dovecot.conf" <<EOF
base_dir = $dir/dovecot/run
instance_name = caredesk-test-$imap_port
log_path = $dir/dovecot/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = dovenull
default_internal_user = dovecot
first_valid_uid = 1
mail_location = maildir:$dir/mail/%d/%n
passdb {
  driver = static
  args = password=$password
}
userdb {
  driver = static
  args = uid=$mail_uid gid=$mail_gid home=$dir/mail/%d/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap_port
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
EOF

  # Postfix: one SMTP listener, no chroot, virtual delivery into the maildirs Dovecot serves.
  cat >"$dir/postfix/etc/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $dir/postfix/queue
data_directory = $dir/postfix/data
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = mail.$domain
mydomain = $domain
myorigin = $domain
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination
relay_domains =
relayhost =
default_transport = error:this test server delivers only to $domain
virtual_mailbox_domains = $domain
virtual_mailbox_base = $dir/mail
virtual_mailbox_maps = texthash:$dir/postfix/etc/mailboxes
virtual_minimum_uid = 1
virtual_uid_maps = static:$mail_uid
virtual_gid_maps = static:$mail_gid
alias_maps =
alias_database =
biff = no
smtpd_banner = \$myhostname ESMTP CareDesk test
maillog_file = $dir/postfix/postfix.log
maillog_file_prefixes = $dir
syslog_name = caredesk-test-postfix
EOF
  cat >"$dir/postfix/etc/master.cf" <<EOF
127.0.0.1:$smtp_port inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF

  # The daemons must not hold the caller's stdout/stderr open (a test runner reading them would wait forever).
  dovecot -c "$dir/dovecot/dovecot.conf" </dev/null >"$dir/dovecot/start.log" 2>&1 || {
    cat "$dir/dovecot/start.log" "$dir/dovecot/dovecot.log" >&2 || true
    exit 1
  }
  postfix -c "$dir/postfix/etc" start </dev/null >"$dir/postfix/start.log" 2>&1 || {
    cat "$dir/postfix/start.log" "$dir/postfix/postfix.log" >&2 || true
    exit 1
  }
  wait_for_port "$imap_port" dovecot "$dir/dovecot/dovecot.log"
  wait_for_port "$smtp_port" postfix "$dir/postfix/postfix.log"

  cat >"$dir/server.env" <<EOF
IMAP_PORT=$imap_port
SMTP_PORT=$smtp_port
MAIL_DOMAIN=$domain
MAIL_PASSWORD=$password
MAILDIR_ROOT=$dir/mail/$domain
EOF
  echo "mail server up: IMAP 127.0.0.1:$imap_port, SMTP 127.0.0.1:$smtp_port, maildirs under $dir/mail/$domain"
}

stop() {
  # Each service by the PID file it wrote in this directory, never by name, so other instances live on.
  if [ -f "$dir/postfix/etc/main.cf" ]; then
    postfix -c "$dir/postfix/etc" stop >/dev/null 2>&1 || true
  fi
  if [ -f "$dir/dovecot/run/master.pid" ]; then
    kill "$(cat "$dir/dovecot/run/master.pid")" 2>/dev/null || true
  fi
  for _ in $(seq 1 50); do
    if [ ! -f "$dir/dovecot/run/master.pid" ] || ! kill -0 "$(cat "$dir/dovecot/run/master.pid" 2>/dev/null)" 2>/dev/null; then
      break
    fi
    sleep 0.1
  done
}

case "$command_name" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
