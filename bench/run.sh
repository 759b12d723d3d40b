#!/usr/bin/env bash
# The bench (a command, not a test): our protocol layer vs. a botbuilder 4.23.3 echo bot, both with authentication on
# against a local OpenID metadata server, loaded on 127.0.0.1 by bench/OutreachBot.Bench. Installs the reference
# (npm ci), builds Release, runs both, prints the table and writes it to artifacts/bench.md.
# Arguments go to the bench, e.g.  bench/run.sh --duration 5 --clients 1,8,32   or   bench/run.sh --pin
# About 2 minutes with the defaults (2 s warm-up + 10 s per row, 8 rows) plus the build.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

command -v node >/dev/null || { echo "bench: node is needed for the reference bot" >&2; exit 1; }
if [[ ! -d bench/reference/node_modules/botbuilder ]]; then
  echo "bench: npm ci in bench/reference ..." >&2
  npm ci --prefix bench/reference --no-audit --no-fund --loglevel=error >&2
fi

echo "bench: dotnet build -c Release bench/OutreachBot.Bench ..." >&2
dotnet build bench/OutreachBot.Bench/OutreachBot.Bench.csproj -c Release --nologo -v quiet >&2

mkdir -p artifacts
exec dotnet bench/OutreachBot.Bench/bin/Release/net10.0/OutreachBot.Bench.dll \
  --reference bench/reference --out artifacts/bench.md "$@"
