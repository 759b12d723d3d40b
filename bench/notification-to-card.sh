#!/usr/bin/env bash
# The notification-to-card bench (a command, not a test): the time from a Graph change notification for a new
# referral to its triage card in the Agents Playground's Referrals channel, p50/p95 over 100 referrals posted one at a
# time. Starts Azurite (in memory) and the Agents Playground on free loopback ports, as ./test.sh does, then runs
# `OutreachBot.GraphBench notification-to-card`, which hosts the whole bot (Program) the way the integration tests do,
# with the tests' Graph-shaped server as Microsoft Graph. Prints the table and writes artifacts/bench-notification-to-card.md.
# Arguments go to the bench, e.g.  bench/notification-to-card.sh --messages 100 --warmup 5 --attachments-every 10
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STACK_LOG_PREFIX=notification-to-card
# shellcheck source=tools/lib/stack.sh
source "$ROOT/tools/lib/stack.sh"

RUN_DIR="$ROOT/artifacts/bench-notification-to-card/$(date +%Y%m%d-%H%M%S)-$$"

STOPPING=
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  local rc=$?
  [[ -n "$STOPPING" ]] && return
  STOPPING=1
  trap '' INT TERM
  stack_stop_playground
  stack_stop_azurite
  exit "$rc"
}

stack_require_prereqs
stack_install_node_tools
stack_say "dotnet build -c Release bench/OutreachBot.GraphBench ..."
dotnet build "$ROOT/bench/OutreachBot.GraphBench/OutreachBot.GraphBench.csproj" -c Release --nologo -v quiet </dev/null >&2

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$RUN_DIR"
read -r TABLE_PORT PLAYGROUND_PORT BOT_PORT < <(stack_free_ports 3)
stack_say "Azurite on $TABLE_PORT, the Playground on $PLAYGROUND_PORT, the bot on $BOT_PORT; logs in ${RUN_DIR#"$ROOT/"}/"
stack_start_azurite "$TABLE_PORT" memory "$RUN_DIR/azurite.log"
stack_start_playground "$PLAYGROUND_PORT" "$BOT_PORT" "$RUN_DIR/playground" "$RUN_DIR"

# The same variables ./test.sh gives the integration tests, whose way of starting the bot the bench reuses.
OUTREACHBOT_TEST_TABLES=$(stack_tables_connection_string "$TABLE_PORT")
export OUTREACHBOT_TEST_TABLES
export OUTREACHBOT_TEST_PLAYGROUND="http://127.0.0.1:$PLAYGROUND_PORT"
export OUTREACHBOT_TEST_BOT_PORT="$BOT_PORT"
export OUTREACHBOT_TEST_ARTIFACTS="$RUN_DIR"

stack_say "running: OutreachBot.GraphBench notification-to-card $*"
dotnet "$ROOT/bench/OutreachBot.GraphBench/bin/Release/net10.0/OutreachBot.GraphBench.dll" notification-to-card \
  --out "$ROOT/artifacts/bench-notification-to-card.md" "$@" </dev/null
