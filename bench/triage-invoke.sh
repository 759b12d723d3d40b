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
BOT_PID=

STOPPING=
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  local rc=$?
  [[ -n "$STOPPING" ]] && return
  STOPPING=1
  trap '' INT TERM
  stack_stop "$BOT_PID" "the bot" TERM 10
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

(
  # The content root is the project folder (appsettings*.json: the Playground's people as staff).
  cd "$ROOT/src/OutreachBot.Host" || exit 1
  export ASPNETCORE_ENVIRONMENT=Development
  export ASPNETCORE_URLS="http://127.0.0.1:$BOT_PORT"
  Storage__ConnectionString=$(stack_tables_connection_string "$TABLE_PORT")
  export Storage__ConnectionString
  export Mailbox__Folder="$RUN_DIR/mailbox"
  export Mailbox__PollInterval=00:00:00.200
  export Mailbox__SettleTime=00:00:00
  export Correspondence__OutboxFolder="$RUN_DIR/outbox"
  export Bot__AppId=00000000-0000-0000-0000-000000000011
  export Bot__TenantId=00000000-0000-0000-0000-000000000001
  export Bot__Authentication__Disabled=true
  export Connector__AllowedServiceUrlHosts__0=localhost
  export Connector__AllowedServiceUrlHosts__1=127.0.0.1
  exec dotnet "$ROOT/src/OutreachBot.Host/bin/Release/net10.0/OutreachBot.Host.dll"
) >"$RUN_DIR/bot.log" 2>&1 </dev/null &
BOT_PID=$!
stack_wait_http "http://127.0.0.1:$BOT_PORT/healthz" "" 60 "$BOT_PID" "the bot" "$RUN_DIR/bot.log"

stack_say "running: OutreachBot.TriageBench $*"
dotnet "$ROOT/bench/OutreachBot.TriageBench/bin/Release/net10.0/OutreachBot.TriageBench.dll" \
  --playground "http://127.0.0.1:$PLAYGROUND_PORT" --bot "http://127.0.0.1:$BOT_PORT" --mailbox "$RUN_DIR/mailbox" --out "$ROOT/artifacts/bench-triage.md" "$@" </dev/null
