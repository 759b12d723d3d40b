#!/usr/bin/env bash
# The triage invoke bench (a command, not a test): p50/p99 of the adaptiveCard/action round trip through the real
# parts (Agents Playground -> the bot -> Azurite -> the response) under concurrent users. Starts Azurite (in memory),
# the Playground and the bot (Release, Development settings) on free loopback ports, drops referrals into the bot's
# mailbox, waits for their cards, then runs bench/OutreachBot.TriageBench: refresh (read), assign-to-me races, and
# requests for missing info (write + email + card update). Prints the table and writes artifacts/bench-triage.md.
# Arguments go to the bench, e.g.  bench/triage-invoke.sh --users 10 --duration 20 --referrals 60
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STACK_LOG_PREFIX=triage-bench
# shellcheck source=tools/lib/stack.sh
source "$ROOT/tools/lib/stack.sh"

RUN_DIR="$ROOT/artifacts/bench-triage/$(date +%Y%m%d-%H%M%S)-$$"

STOPPING=
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  local rc=$?
  [[ -n "$STOPPING" ]] && return
  STOPPING=1
  trap '' INT TERM
  stack_stop "$STACK_BOT_PID" "the bot" TERM 10
  stack_stop_playground
  stack_stop_azurite
  exit "$rc"
}

stack_require_prereqs
stack_install_node_tools
stack_say "dotnet build -c Release src/OutreachBot.Host and bench/OutreachBot.TriageBench ..."
dotnet build "$ROOT/src/OutreachBot.Host/OutreachBot.Host.csproj" -c Release --nologo -v quiet </dev/null >&2
dotnet build "$ROOT/bench/OutreachBot.TriageBench/OutreachBot.TriageBench.csproj" -c Release --nologo -v quiet </dev/null >&2

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$RUN_DIR/mailbox" "$RUN_DIR/outbox"
read -r TABLE_PORT PLAYGROUND_PORT BOT_PORT < <(stack_free_ports 3)
stack_say "Azurite on $TABLE_PORT, the Playground on $PLAYGROUND_PORT, the bot on $BOT_PORT; logs in ${RUN_DIR#"$ROOT/"}/"
stack_start_azurite "$TABLE_PORT" memory "$RUN_DIR/azurite.log"
stack_start_playground "$PLAYGROUND_PORT" "$BOT_PORT" "$RUN_DIR/playground" "$RUN_DIR"

stack_start_bot "$ROOT/src/OutreachBot.Host/bin/Release/net10.0/OutreachBot.Host.dll" "$BOT_PORT" "$TABLE_PORT" \
  "$RUN_DIR/mailbox" "$RUN_DIR/bot.log" Mailbox__PollInterval=00:00:00.200 Mailbox__SettleTime=00:00:00 \
  Correspondence__OutboxFolder="$RUN_DIR/outbox"

stack_say "running: OutreachBot.TriageBench $*"
dotnet "$ROOT/bench/OutreachBot.TriageBench/bin/Release/net10.0/OutreachBot.TriageBench.dll" \
  --playground "http://127.0.0.1:$PLAYGROUND_PORT" --bot "http://127.0.0.1:$BOT_PORT" --mailbox "$RUN_DIR/mailbox" --out "$ROOT/artifacts/bench-triage.md" "$@" </dev/null
