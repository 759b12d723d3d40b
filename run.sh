#!/usr/bin/env bash
# Runs OutreachBot locally with its stand-ins: Azurite (Azure Table Storage, data kept in .localdata/azurite/),
# the bot on http://127.0.0.1:3978, and the Microsoft 365 Agents Playground (a local Teams client) on
# http://127.0.0.1:56150 with the clinic tenant from tools/playground/. Installs what is missing, builds, starts all
# three, then waits; Ctrl-C stops them. Logs: .localdata/logs/. Mail the bot reads: mailbox/.
#
# Environment (all optional): OUTREACHBOT_TABLE_PORT (10002), OUTREACHBOT_BOT_PORT (3978),
# OUTREACHBOT_PLAYGROUND_PORT (56150), OUTREACHBOT_MAILBOX (mailbox/ in the repo).
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STACK_LOG_PREFIX=run.sh
# shellcheck source=tools/lib/stack.sh
source "$ROOT/tools/lib/stack.sh"

if [[ $# -gt 0 ]]; then
  case $1 in
    -h | --help)
      sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      stack_err "unknown argument '$1' (see ./run.sh --help)"
      exit 2
      ;;
  esac
fi

TABLE_PORT=${OUTREACHBOT_TABLE_PORT:-10002}
BOT_PORT=${OUTREACHBOT_BOT_PORT:-3978}
PLAYGROUND_PORT=${OUTREACHBOT_PLAYGROUND_PORT:-56150}
DATA="$ROOT/.localdata"
LOGS="$DATA/logs"
MAILBOX=${OUTREACHBOT_MAILBOX:-$ROOT/mailbox}
[[ "$MAILBOX" == /* ]] || MAILBOX="$PWD/$MAILBOX"
BOT_DLL="$ROOT/src/OutreachBot.Host/bin/Debug/net10.0/OutreachBot.Host.dll"

# Copies samples/*.eml into the mailbox once (the marker in .localdata/ records it). Samples may not exist yet: then
# the mailbox starts empty and a later run copies them. Files already in the mailbox are never overwritten.
seed_mailbox() {
  local marker="$DATA/mailbox-seeded" samples=() sample copied=0
  [[ -e "$marker" ]] && return 0
  if [[ -d "$ROOT/samples" ]]; then
    shopt -s nullglob
    samples=("$ROOT"/samples/*.eml)
    shopt -u nullglob
  fi
  if ((${#samples[@]} == 0)); then
    stack_say "no samples/*.eml to copy into the mailbox yet; it starts empty."
    return 0
  fi
  for sample in "${samples[@]}"; do
    if [[ ! -e "$MAILBOX/${sample##*/}" ]]; then
      cp -- "$sample" "$MAILBOX/"
      copied=$((copied + 1))
    fi
  done
  {
    printf 'samples/*.eml were copied into %s on %s; delete this file to copy them again.\n' "$MAILBOX" "$(date -Iseconds)"
    printf '%s\n' "${samples[@]##*/}"
  } >"$marker"
  stack_say "copied $copied sample e-mail(s) from samples/ into ${MAILBOX#"$ROOT/"}/ (first run)."
}

STOPPING=
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  local rc=$?
  [[ -n "$STOPPING" ]] && return
  STOPPING=1
  trap '' INT TERM
  if [[ -n "$STACK_PLAYGROUND_PID$STACK_BOT_PID$STACK_AZURITE_PID" ]]; then
    stack_say "stopping ..."
    stack_stop_playground
    stack_stop "$STACK_BOT_PID" "the bot" TERM 15
    stack_stop_azurite
    stack_say "stopped."
  fi
  exit "$rc"
}

# 1. Ports first: a second ./run.sh stops here, before touching anything.
busy=0
stack_check_port "$TABLE_PORT" "Azurite (Azure Tables)" || busy=1
stack_check_port "$BOT_PORT" "the bot" || busy=1
stack_check_port "$PLAYGROUND_PORT" "the Agents Playground" || busy=1
if ((busy)); then
  stack_err "is ./run.sh already running (in another terminal)? Stop it with Ctrl-C, or stop what holds the port(s)."
  stack_err "Other ports can be chosen with OUTREACHBOT_TABLE_PORT, OUTREACHBOT_BOT_PORT and OUTREACHBOT_PLAYGROUND_PORT."
  exit 1
fi

# 2. Install what is missing, build.
stack_require_prereqs
stack_install_node_tools
stack_build

# 3. Data folders and the mailbox.
mkdir -p "$LOGS" "$DATA/azurite" "$MAILBOX"
seed_mailbox

# 4. Start Azurite, the bot, the Playground; stop them all on exit, Ctrl-C, TERM, or a failed start.
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

stack_say "starting Azurite (Table service) on 127.0.0.1:$TABLE_PORT ..."
stack_start_azurite "$TABLE_PORT" "$DATA/azurite" "$LOGS/azurite.log"
stack_say "starting the bot on http://127.0.0.1:$BOT_PORT ..."
stack_start_bot "$BOT_DLL" "$BOT_PORT" "$TABLE_PORT" "$MAILBOX" "$LOGS/bot.log"
stack_say "starting the Agents Playground on http://127.0.0.1:$PLAYGROUND_PORT ..."
stack_start_playground "$PLAYGROUND_PORT" "$BOT_PORT" "$DATA/playground" "$LOGS"

cat <<EOF

  OutreachBot is running. Open http://127.0.0.1:$PLAYGROUND_PORT
  (the Agents Playground: a local Teams, signed in as Dana Whitfield, intake coordinator at a fictional clinic).

  First: in the team "OT Intake Team", channel "Referrals", send  @OutreachBot use this channel for referrals

  mailbox (the bot reads .eml files here):  $MAILBOX
  Azure Tables (Azurite):                   http://127.0.0.1:$TABLE_PORT/devstoreaccount1 (data in .localdata/azurite/)
  logs:                                     .localdata/logs/ (azurite.log, bot.log, playground.log)

  Ctrl-C stops everything.

EOF

# 5. Wait. If one of the three exits by itself, say which and stop the others.
wait -n "$STACK_AZURITE_PID" "$STACK_BOT_PID" "$STACK_PLAYGROUND_PID" || true
for entry in "Azurite:$STACK_AZURITE_PID:$LOGS/azurite.log" "the bot:$STACK_BOT_PID:$LOGS/bot.log" \
  "the Agents Playground:$STACK_PLAYGROUND_PID:$LOGS/playground.console.log"; do
  IFS=: read -r name pid log <<<"$entry"
  if ! stack_alive "$pid"; then
    stack_err "$name (PID $pid) exited unexpectedly."
    stack_tail_log "$log"
  fi
done
exit 1
