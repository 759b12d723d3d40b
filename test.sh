#!/usr/bin/env bash
# Runs every test of OutreachBot.sln against real local stand-ins: installs what is missing (tools/node_modules,
# Debian's chromium when running as root), builds, starts Azurite (in memory) and the Agents Playground on free
# ports, runs `dotnet test OutreachBot.sln --no-build` with them, stops them, and exits with dotnet test's code.
# Arguments go to dotnet test, e.g.  ./test.sh --filter "FullyQualifiedName~Referral"
#
# The tests find the stand-ins in: OUTREACHBOT_TEST_TABLES (Azure Tables connection string),
# OUTREACHBOT_TEST_PLAYGROUND (http://127.0.0.1:PORT), OUTREACHBOT_TEST_BOT_PORT (the port the tests host the bot on:
# the Playground sends to http://127.0.0.1:PORT/api/messages) and OUTREACHBOT_TEST_ARTIFACTS (artifacts/, absolute).
# Stand-in logs: artifacts/stack/<run>/ (one folder per run, so that runs in parallel keep apart; kept for a day).
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STACK_LOG_PREFIX=test.sh
# shellcheck source=tools/lib/stack.sh
source "$ROOT/tools/lib/stack.sh"

ARTIFACTS="$ROOT/artifacts"
STACK_DIR="$ARTIFACTS/stack/$(date +%Y%m%d-%H%M%S)-$$"
TEST_PID=

# Browser tests drive Debian's chromium (never a downloaded browser).
ensure_chromium() {
  [[ -x /usr/bin/chromium ]] && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    stack_say "installing Debian's chromium for the browser tests (apt-get install -y chromium, about 480 MB) ..."
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q chromium </dev/null; then
      apt-get update -q </dev/null
      apt-get install -y -q chromium </dev/null
    fi
  else
    stack_warn "/usr/bin/chromium is missing, so the browser tests will fail. Install it once with:"
    stack_warn "    sudo apt-get update && sudo apt-get install -y chromium"
  fi
}

STOPPING=
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  local rc=$?
  [[ -n "$STOPPING" ]] && return
  STOPPING=1
  trap '' INT TERM
  if [[ -n "$TEST_PID" ]]; then
    stack_say "stopping dotnet test ..."
    stack_stop "$TEST_PID" "dotnet test" TERM 15
  fi
  stack_stop_playground
  stack_stop_azurite
  exit "$rc"
}

stack_require_prereqs
ensure_chromium
stack_install_node_tools
stack_install_manifest_tools
stack_build

# The Teams app package: built from the template and validated offline against the manifest schema.
stack_say "running: node --test manifest/test/"
node --test "$ROOT/manifest/test/" </dev/null

# infra/: Bicep compiled and linted clean, and the sample deployment evaluated offline and checked.
stack_check_infra "$ROOT/artifacts/infra"

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$ARTIFACTS/stack"
find "$ARTIFACTS/stack" -mindepth 1 -maxdepth 1 -type d -mtime +0 -exec rm -rf {} + 2>/dev/null || true
mkdir -p "$STACK_DIR"
read -r TABLE_PORT PLAYGROUND_PORT BOT_PORT < <(stack_free_ports 3)
stack_say "starting Azurite (in memory) on 127.0.0.1:$TABLE_PORT and the Agents Playground on 127.0.0.1:$PLAYGROUND_PORT (bot port $BOT_PORT) ..."
stack_start_azurite "$TABLE_PORT" memory "$STACK_DIR/azurite.log"
stack_start_playground "$PLAYGROUND_PORT" "$BOT_PORT" "$STACK_DIR/playground" "$STACK_DIR"

OUTREACHBOT_TEST_TABLES=$(stack_tables_connection_string "$TABLE_PORT")
export OUTREACHBOT_TEST_TABLES
export OUTREACHBOT_TEST_PLAYGROUND="http://127.0.0.1:$PLAYGROUND_PORT"
export OUTREACHBOT_TEST_BOT_PORT="$BOT_PORT"
export OUTREACHBOT_TEST_ARTIFACTS="$ARTIFACTS"

# In the background and waited for, so that Ctrl-C or TERM reach the trap at once and it can stop dotnet test too.
stack_say "running: dotnet test OutreachBot.sln --no-build $*"
dotnet test "$ROOT/OutreachBot.sln" --no-build "$@" </dev/null &
TEST_PID=$!
rc=0
wait "$TEST_PID" || rc=$?
TEST_PID=
if ((rc == 0)); then
  stack_say "dotnet test passed."
else
  stack_say "dotnet test failed with exit code $rc. Stand-in logs: ${STACK_DIR#"$ROOT/"}/"
fi
exit "$rc"
