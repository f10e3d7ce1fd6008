#!/usr/bin/env bash
# One run of every benchmark: extraction throughput, cold `factcheck run` on reuters-2017,
# ingest + check of generated 10k and 100k document corpora (and an unchanged re-run), and the
# check stage at N and 2N claims, and hostile input for every reader (a huge record at two sizes,
# documents at the size limit, devices and pipes), and the installed tool's start-up on the seeds
# and one long sentence of figures at two sizes, a store growing by 1%, and one million documents on SQLite
# and on a throwaway PostgreSQL server. Prints a Markdown table and writes bench/RESULTS.md.
# Extra arguments go to the benchmark (e.g. --sizes 1000,2000 --repetitions 3).
# `bench/run.sh --hostile-only` runs the hostile-input section alone and only prints its table;
# `bench/run.sh --growing-only --million 0` the growing store alone, on the largest generated corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/FactCheck.Cli/FactCheck.Cli.csproj -nologo -v quiet
dotnet build -c Release bench/FactCheck.Bench/FactCheck.Bench.csproj -nologo -v quiet
# The installed tool, as a user runs it: packed in Release (ReadyToRun) and installed in a scratch folder.
tool=$(mktemp -d)
# A throwaway PostgreSQL server for the team-mode runs, stopped and removed at the end.
pg=$(mktemp -d)
chmod 755 "$pg"  # the server runs as the postgres user when this runs as root
pg_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55433)
trap 'scripts/team-server "$pg/server" stop >/dev/null 2>&1 || true; rm -rf "$tool" "$pg"' EXIT
scripts/team-server "$pg/server" "$pg_port" >/dev/null
dotnet pack -c Release src/FactCheck.Cli/FactCheck.Cli.csproj -nologo -v quiet -o "$tool/packages"
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' \
  "$tool/packages" > "$tool/nuget.config"
dotnet tool install --tool-path "$tool/bin" --configfile "$tool/nuget.config" factcheck >/dev/null
dotnet bench/FactCheck.Bench/bin/Release/net10.0/FactCheck.Bench.dll \
  --repo . --cli src/FactCheck.Cli/bin/Release/net10.0/factcheck.dll --tool "$tool/bin/factcheck" --postgres "postgres://factcheck@127.0.0.1:$pg_port" \
  --command "bench/run.sh $*" "$@"
