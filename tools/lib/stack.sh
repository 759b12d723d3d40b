# shellcheck shell=bash
# Shared functions for run.sh and test.sh: install what is missing, find and check ports, start Azurite (Table
# service only) and the Microsoft 365 Agents Playground, wait until they are ready, and stop them by PID.
#
# Source it (it sets no shell options and starts nothing by itself). Set STACK_LOG_PREFIX first to name the script in
# messages. Every start function runs the process with `node` directly, in the background, as a child of the calling
# shell, so that its PID is the process itself and one `kill` stops it.

STACK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STACK_TOOLS="$STACK_ROOT/tools"
STACK_AZURITE_MAIN="$STACK_TOOLS/node_modules/azurite/dist/src/table/main.js"
STACK_PLAYGROUND_CLI="$STACK_TOOLS/node_modules/@microsoft/m365agentsplayground/cli.js"
STACK_LOOPBACK="$STACK_TOOLS/playground/loopback.cjs"
STACK_PLAYGROUND_CONFIG="$STACK_TOOLS/playground/clinic.m365agentsplayground.yml"
# Azurite's well-known development account key (public, the same in every Azurite).
STACK_DEVSTORE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
STACK_LOG_PREFIX=${STACK_LOG_PREFIX:-stack}

STACK_AZURITE_PID=
STACK_PLAYGROUND_PID=

stack_say() { printf '%s: %s\n' "$STACK_LOG_PREFIX" "$*"; }
stack_err() { printf '%s: error: %s\n' "$STACK_LOG_PREFIX" "$*" >&2; }
stack_warn() { printf '%s: warning: %s\n' "$STACK_LOG_PREFIX" "$*" >&2; }

# True when running under CI (CI=true or CI=1, as CI services set it).
stack_is_ci() { [[ "${CI:-}" == true || "${CI:-}" == 1 ]]; }

# The prerequisites a newcomer installs by hand: the .NET 10 SDK and Node 20+ with npm.
stack_require_prereqs() {
  local missing=0 major
  if ! command -v dotnet >/dev/null 2>&1; then
    stack_err "'dotnet' is not on PATH: install the .NET 10 SDK (https://dotnet.microsoft.com/download)."
    missing=1
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    stack_err "'node' and 'npm' must be on PATH: install Node.js 20 or later (https://nodejs.org)."
    missing=1
  else
    major=$(node -p 'process.versions.node.split(".")[0]')
    if ((major < 20)); then
      stack_err "Node.js $(node --version) is too old: Node 20 or later is needed."
      missing=1
    fi
  fi
  return "$missing"
}

# npm ci --prefix DIR, only when DIR/node_modules is missing (or lacks FILE, relative to DIR, when given) or is older
# than DIR/package.json or DIR/package-lock.json.  Usage: stack_npm_ci DIR WHAT [FILE...]
stack_npm_ci() {
  local dir=$1 what=$2 modules="$1/node_modules" started=$SECONDS file fresh=1
  shift 2
  [[ -d "$modules" && ! "$dir/package-lock.json" -nt "$modules" && ! "$dir/package.json" -nt "$modules" ]] || fresh=0
  for file in "$@"; do [[ -f "$dir/$file" ]] || fresh=0; done
  ((fresh)) && return 0
  stack_say "installing $what: npm ci --prefix ${dir#"$STACK_ROOT/"} ..."
  if ! npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error </dev/null; then
    stack_err "npm ci --prefix ${dir#"$STACK_ROOT/"} failed (see above). Is the npm registry reachable? Is its package-lock.json in sync with package.json?"
    return 1
  fi
  touch "$modules"
  stack_say "installed ${modules#"$STACK_ROOT/"} in $((SECONDS - started)) s"
}

# Azurite and the Agents Playground (about 400 MB, once).
stack_install_node_tools() {
  stack_npm_ci "$STACK_TOOLS" "Azurite and the Agents Playground" \
    "${STACK_AZURITE_MAIN#"$STACK_TOOLS/"}" "${STACK_PLAYGROUND_CLI#"$STACK_TOOLS/"}"
}

# The Teams app package builder and its offline manifest validator.
stack_install_manifest_tools() {
  stack_npm_ci "$STACK_ROOT/manifest" "the Teams manifest tools"
}

# dotnet build OutreachBot.sln (restore included). Under CI, no build servers are left running afterwards.
stack_build() {
  local args=(build "$STACK_ROOT/OutreachBot.sln" --nologo)
  if stack_is_ci; then args+=(--disable-build-servers); fi
  stack_say "building: dotnet ${args[*]#"$STACK_ROOT/"}"
  if ! dotnet "${args[@]}" </dev/null; then
    stack_err "dotnet build OutreachBot.sln failed (see above)."
    return 1
  fi
}

# Prints N distinct free TCP ports on 127.0.0.1 (held open together while picked, so they differ), space-separated.
stack_free_ports() {
  node -e '
    const net = require("net");
    const n = Number(process.argv[1]);
    const servers = [];
    let ready = 0;
    for (let i = 0; i < n; i++) {
      const s = net.createServer();
      servers.push(s);
      s.on("error", (e) => { console.error(e.message); process.exit(1); });
      s.listen(0, "127.0.0.1", () => {
        if (++ready === n) {
          console.log(servers.map((x) => x.address().port).join(" "));
          servers.forEach((x) => x.close());
        }
      });
    }' "${1:-1}"
}

# True when a server could listen on 127.0.0.1:PORT now (nothing holds it on loopback or on all interfaces).
stack_port_is_free() {
  node -e '
    const s = require("net").createServer();
    s.once("error", () => process.exit(1));
    s.listen(Number(process.argv[1]), "127.0.0.1", () => s.close(() => process.exit(0)));' "$1"
}

# stack_check_port PORT WHAT: fails with a message naming the port and what needs it when the port is taken.
stack_check_port() {
  local port=$1 what=$2 owner=
  stack_port_is_free "$port" && return 0
  if command -v ss >/dev/null 2>&1; then
    owner=$(ss -Hltnp "sport = :$port" 2>/dev/null | sed -n 's/.*users:((\(.*\)))/\1/p' | head -n 1)
  fi
  stack_err "port $port is already in use, and $what needs it.${owner:+ It is held by: $owner.}"
  return 1
}

# stack_tail_log FILE: the last lines of a log, to explain a failed start.
stack_tail_log() {
  [[ -s "$1" ]] || { printf '  (%s is empty)\n' "$1" >&2; return 0; }
  printf -- '--- last lines of %s ---\n' "$1" >&2
  tail -n 25 "$1" >&2
  printf -- '---\n' >&2
}

# stack_alive PID: the process is still running (bash reaps its finished children, so a dead child fails this).
stack_alive() { [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; }

# stack_wait_tcp PORT TIMEOUT_S PID NAME LOG: wait until 127.0.0.1:PORT accepts connections.
stack_wait_tcp() {
  local port=$1 timeout=$2 pid=$3 name=$4 log=$5 deadline=$((SECONDS + $2))
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if ! stack_alive "$pid"; then
      stack_err "$name exited while starting."
      stack_tail_log "$log"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      stack_err "$name did not open port $port within $timeout s."
      stack_tail_log "$log"
      return 1
    fi
    sleep 0.2
  done
}

# stack_http_get URL [TIMEOUT_MS]: prints the response body; succeeds only on a 2xx status.
stack_http_get() {
  node -e '
    fetch(process.argv[1], { signal: AbortSignal.timeout(Number(process.argv[2])) }).then(
      async (r) => { process.stdout.write(await r.text()); process.exit(r.ok ? 0 : 1); },
      () => process.exit(2));' "$1" "${2:-2000}"
}

# stack_wait_http URL EXPECTED_BODY TIMEOUT_S PID NAME LOG: wait until GET URL answers 2xx (with EXPECTED_BODY if
# it is not empty).
stack_wait_http() {
  local url=$1 expected=$2 timeout=$3 pid=$4 name=$5 log=$6 deadline=$((SECONDS + $3)) body
  while :; do
    if body=$(stack_http_get "$url" 2000) && [[ -z "$expected" || "$body" == "$expected" ]]; then
      return 0
    fi
    if ! stack_alive "$pid"; then
      stack_err "$name exited while starting."
      stack_tail_log "$log"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      stack_err "$name did not answer GET $url within $timeout s."
      stack_tail_log "$log"
      return 1
    fi
    sleep 0.25
  done
}

# stack_tables_connection_string PORT: the Azure Tables connection string for Azurite on 127.0.0.1:PORT.
stack_tables_connection_string() {
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;' \
    "$STACK_DEVSTORE_KEY" "$1"
}

# stack_start_azurite PORT DATA LOG: Azurite's Table service on 127.0.0.1:PORT. DATA is "memory" (in-memory
# persistence, for tests) or a folder (persistent, --location). Sets STACK_AZURITE_PID; waits until the port is open.
stack_start_azurite() {
  local port=$1 data=$2 log=$3 workdir persistence
  if [[ "$data" == memory ]]; then
    persistence=(--inMemoryPersistence)
    workdir=$(dirname "$log") # Azurite may write beside its working directory; keep it out of the repo root.
  else
    mkdir -p "$data"
    persistence=(--location "$data")
    workdir=$data
  fi
  mkdir -p "$(dirname "$log")"
  (cd "$workdir" && exec node "$STACK_AZURITE_MAIN" --tableHost 127.0.0.1 --tablePort "$port" \
    --disableTelemetry --silent "${persistence[@]}") >"$log" 2>&1 </dev/null &
  STACK_AZURITE_PID=$!
  stack_wait_tcp "$port" "${STACK_AZURITE_WAIT:-30}" "$STACK_AZURITE_PID" "Azurite (Table service, port $port)" "$log"
}

# stack_start_playground PORT BOT_PORT WORKDIR LOGDIR [CONFIG]: the Agents Playground on 127.0.0.1:PORT (loopback only,
# by the preload), sending to the bot at http://127.0.0.1:BOT_PORT/api/messages, with the clinic config. Its own log
# goes to LOGDIR/playground.log, its console to LOGDIR/playground.console.log, and its devTools/ (if any) to WORKDIR.
# Sets STACK_PLAYGROUND_PID; waits for GET /_debug/ping -> pong and checks that it took PORT (it silently takes
# another port when PORT is in use).
stack_start_playground() {
  local port=$1 botport=$2 workdir=$3 logdir=$4 config=${5:-$STACK_PLAYGROUND_CONFIG}
  local console="$logdir/playground.console.log" deadline taken
  if [[ ! -f "$config" ]]; then
    # The Playground would silently fall back to its built-in sample tenant.
    stack_err "Playground config $config is missing."
    return 1
  fi
  mkdir -p "$workdir" "$logdir"
  : >"$logdir/playground.log"
  (
    cd "$workdir" || exit 1
    export TEAMSAPPTESTER_BROWSER=none
    export M365_AGENTS_PLAYGROUND_CONFIG_PATH="$config"
    export M365_AGENTS_PLAYGROUND_LOGFILE="$logdir/playground.log"
    exec node -r "$STACK_LOOPBACK" "$STACK_PLAYGROUND_CLI" --disable-telemetry --port "$port" \
      -e "http://127.0.0.1:$botport/api/messages"
  ) >"$console" 2>&1 </dev/null &
  STACK_PLAYGROUND_PID=$!
  # It prints "Listening on <port>" once it listens (on stdout, which is not a terminal here).
  deadline=$((SECONDS + 30))
  until taken=$(sed -n 's/^Listening on \([0-9][0-9]*\)$/\1/p' "$console" | head -n 1) && [[ -n "$taken" ]]; do
    if ! stack_alive "$STACK_PLAYGROUND_PID"; then
      stack_err "the Agents Playground exited while starting."
      stack_tail_log "$console"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      stack_err "the Agents Playground did not start listening within 30 s."
      stack_tail_log "$console"
      return 1
    fi
    sleep 0.2
  done
  if [[ "$taken" != "$port" ]]; then
    stack_err "the Agents Playground could not have port $port (in use) and took port $taken instead; stopping it."
    return 1
  fi
  stack_wait_http "http://127.0.0.1:$port/_debug/ping" pong 30 "$STACK_PLAYGROUND_PID" "the Agents Playground" "$console"
}

# stack_start_bot DLL BOT_PORT TABLE_PORT MAILBOX LOG [NAME=VALUE ...]: the bot (OutreachBot.Host.dll) on
# http://127.0.0.1:BOT_PORT with Development settings from its project folder (the content root: appsettings*.json list
# the Playground's people as staff), Azurite's Tables on TABLE_PORT, reading .eml files from MAILBOX, authentication off
# (the Playground sends no token) and the Playground's connector hosts allowed. Further settings as NAME=VALUE
# (environment form, e.g. Mailbox__PollInterval=00:00:00.200). Sets STACK_BOT_PID; waits for /healthz.
STACK_BOT_PID=
stack_start_bot() {
  local dll=$1 botport=$2 tableport=$3 mailbox=$4 log=$5
  shift 5
  if [[ ! -f "$dll" ]]; then
    stack_err "$dll is missing after the build."
    return 1
  fi
  mkdir -p "$(dirname "$log")"
  (
    cd "$STACK_ROOT/src/OutreachBot.Host" || exit 1
    export ASPNETCORE_ENVIRONMENT=Development
    export ASPNETCORE_URLS="http://127.0.0.1:$botport"
    Storage__ConnectionString=$(stack_tables_connection_string "$tableport")
    export Storage__ConnectionString
    export Mailbox__Folder="$mailbox"
    export Bot__AppId=00000000-0000-0000-0000-000000000011
    export Bot__TenantId=00000000-0000-0000-0000-000000000001
    export Bot__Authentication__Disabled=true
    export Connector__AllowedServiceUrlHosts__0=localhost
    export Connector__AllowedServiceUrlHosts__1=127.0.0.1
    local setting
    for setting in "$@"; do export "${setting?}"; done
    exec dotnet "$dll"
  ) >"$log" 2>&1 </dev/null &
  STACK_BOT_PID=$!
  stack_wait_http "http://127.0.0.1:$botport/healthz" "" 60 "$STACK_BOT_PID" "the bot" "$log"
}

# stack_stop PID NAME [SIGNAL] [GRACE_S]: send SIGNAL (TERM by default), wait up to GRACE_S (10) seconds, then KILL.
stack_stop() {
  local pid=$1 name=$2 signal=${3:-TERM} grace=${4:-10} i
  [[ -n "$pid" ]] || return 0
  if stack_alive "$pid"; then
    kill -s "$signal" "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 10; i++)); do
      stack_alive "$pid" || break
      sleep 0.1
    done
    if stack_alive "$pid"; then
      stack_warn "$name (PID $pid) did not stop within $grace s after SIG$signal; killing it."
      kill -s KILL "$pid" 2>/dev/null || true
    fi
  fi
  wait "$pid" 2>/dev/null || true
}

# Azurite closes its server (and saves its data) on SIGINT; on SIGTERM Node would exit without saving.
stack_stop_azurite() {
  stack_stop "$STACK_AZURITE_PID" "Azurite" INT 10
  STACK_AZURITE_PID=
}

stack_stop_playground() {
  stack_stop "$STACK_PLAYGROUND_PID" "the Agents Playground" TERM 5
  STACK_PLAYGROUND_PID=
}

# The bicep CLI, from NuGet package Azure.Bicep.CommandLine.linux-x64 (version pinned below, as in the package list),
# downloaded once with `dotnet package download` into .localdata/tools/ (git-ignored). Prints the binary's path.
STACK_BICEP_VERSION=0.49.2
stack_bicep() {
  local cache="$STACK_ROOT/.localdata/tools/nuget" bin
  bin="$cache/azure.bicep.commandline.linux-x64/$STACK_BICEP_VERSION/tools/bicep"
  if [[ ! -x "$bin" ]]; then
    stack_say "downloading the bicep CLI: dotnet package download Azure.Bicep.CommandLine.linux-x64@$STACK_BICEP_VERSION ..." >&2
    if ! dotnet package download "Azure.Bicep.CommandLine.linux-x64@$STACK_BICEP_VERSION" --output "$cache" >/dev/null </dev/null; then
      stack_err "could not download Azure.Bicep.CommandLine.linux-x64 $STACK_BICEP_VERSION from NuGet."
      return 1
    fi
    chmod +x "$bin"
  fi
  printf '%s\n' "$bin"
}

# infra/: every Bicep file compiles and lints with no diagnostic at all (warnings fail too; infra/bicepconfig.json
# raises the rules that matter to errors), main.bicep builds to ARM JSON in OUTDIR, and `bicep snapshot` evaluates
# the sample deployment (infra/test/sample.bicepparam) offline for infra/test/*.test.mjs to check.
stack_check_infra() {
  local outdir=$1 bicep out
  bicep=$(stack_bicep) || return 1
  stack_say "linting infra/**/*.bicep (bicep $STACK_BICEP_VERSION) ..."
  if ! out=$("$bicep" lint --pattern "$STACK_ROOT/infra/**/*.bicep" 2>&1 </dev/null) || [[ -n "$out" ]]; then
    printf '%s\n' "$out" >&2
    stack_err "bicep lint reported the problems above."
    return 1
  fi
  mkdir -p "$outdir"
  if ! out=$("$bicep" build "$STACK_ROOT/infra/main.bicep" --outdir "$outdir" 2>&1 </dev/null) || [[ -n "$out" ]]; then
    printf '%s\n' "$out" >&2
    stack_err "bicep build infra/main.bicep reported the problems above."
    return 1
  fi
  if ! out=$("$bicep" snapshot "$STACK_ROOT/infra/test/sample.bicepparam" --mode overwrite \
    --tenant-id 00000000-0000-0000-0000-000000000001 --subscription-id 00000000-0000-0000-0000-000000000002 \
    --location eastus2 --deployment-name outreachbot 2>&1 </dev/null) || [[ -n "$out" ]]; then
    printf '%s\n' "$out" >&2
    stack_err "bicep snapshot infra/test/sample.bicepparam failed."
    return 1
  fi
  stack_say "running: node --test infra/test/"
  node --test "$STACK_ROOT/infra/test/" </dev/null
}
