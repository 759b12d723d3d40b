#!/usr/bin/env bash
# The Graph mail bench (a command, not a test): Graph requests per 1,000 new messages against the minimum
# (pages + 1), and the time from a change notification to the message recorded, p50/p95 over 100 messages.
# Runs the bot's mail path in-process against the tests' Graph-shaped fake server, on Azurite (in memory, free port).
# Prints the figures and writes them to artifacts/bench-graph.md. About a minute plus the build.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
STACK_LOG_PREFIX=bench-graph
# shellcheck source=../tools/lib/stack.sh
source "$ROOT/tools/lib/stack.sh"

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() { stack_stop_azurite; }
trap cleanup EXIT

stack_require_prereqs
stack_install_node_tools
stack_say "dotnet build -c Release bench/OutreachBot.GraphBench ..."
dotnet build bench/OutreachBot.GraphBench/OutreachBot.GraphBench.csproj -c Release --nologo -v quiet >&2

read -r PORT < <(stack_free_ports 1)
LOGS="$ROOT/artifacts/stack/bench-graph-$$"
stack_start_azurite "$PORT" memory "$LOGS/azurite.log"
OUTREACHBOT_BENCH_TABLES=$(stack_tables_connection_string "$PORT") \
  dotnet bench/OutreachBot.GraphBench/bin/Release/net10.0/OutreachBot.GraphBench.dll "$@"
