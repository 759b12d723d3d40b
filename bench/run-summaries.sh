#!/usr/bin/env bash
# Times the owners' `summary` over a long history: starts Azurite (in memory, its own free port), loads REFERRALS
# referrals with EVENTS_PER_REFERRAL pipeline events each (batch transactions, once per run), then answers `summary`
# for this week RUNS times and prints the time and the table rows read. Report also goes to artifacts/bench-summaries.md.
#   bench/run-summaries.sh [REFERRALS=100000] [EVENTS_PER_REFERRAL=10] [RUNS=20] [--index-only] [--contrast]
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STACK_LOG_PREFIX=run-summaries.sh
# shellcheck source=tools/lib/stack.sh
source "$ROOT/tools/lib/stack.sh"

stack_require_prereqs
stack_install_node_tools
dotnet build "$ROOT/bench/OutreachBot.SummaryBench" -c Release -nologo -v quiet

LOGDIR="$ROOT/artifacts/bench-summaries"
mkdir -p "$LOGDIR"
read -r PORT < <(stack_free_ports 1)
# A million rows and more: give Azurite's in-memory store room.
export NODE_OPTIONS="--max-old-space-size=8192"
# On a busy shared machine Azurite can take longer than the usual 30 s to open its port.
STACK_AZURITE_WAIT=120
trap 'stack_stop_azurite' EXIT
stack_start_azurite "$PORT" memory "$LOGDIR/azurite.log"
dotnet "$ROOT/bench/OutreachBot.SummaryBench/bin/Release/net10.0/OutreachBot.SummaryBench.dll" \
  "$(stack_tables_connection_string "$PORT")" "${1:-100000}" "${2:-10}" "${3:-20}" "${@:4}" | tee "$ROOT/artifacts/bench-summaries.md"
