#!/usr/bin/env bash
# One run of every benchmark: extraction throughput, cold `factcheck run` on reuters-2017,
# ingest + check of generated 10k and 100k document corpora (and an unchanged re-run), and the
# check stage at N and 2N claims, and hostile input for every reader (a huge record at two sizes,
# documents at the size limit, devices and pipes), and the installed tool's start-up on the seeds
# and one long sentence of figures at two sizes. Prints a Markdown table and writes bench/RESULTS.md.
# Extra arguments go to the benchmark (e.g. --sizes 1000,2000 --repetitions 3).
# `bench/run.sh --hostile-only` runs the hostile-input section alone and only prints its table.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/FactCheck.Cli/FactCheck.Cli.csproj -nologo -v quiet
dotnet build -c Release bench/FactCheck.Bench/FactCheck.Bench.csproj -nologo -v quiet
# The installed tool, as a user runs it: packed in Release (ReadyToRun) and installed in a scratch folder.
tool=$(mktemp -d)
trap 'rm -rf "$tool"' EXIT
dotnet pack -c Release src/FactCheck.Cli/FactCheck.Cli.csproj -nologo -v quiet -o "$tool/packages"
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' \
  "$tool/packages" > "$tool/nuget.config"
dotnet tool install --tool-path "$tool/bin" --configfile "$tool/nuget.config" factcheck >/dev/null
dotnet bench/FactCheck.Bench/bin/Release/net10.0/FactCheck.Bench.dll \
  --repo . --cli src/FactCheck.Cli/bin/Release/net10.0/factcheck.dll --tool "$tool/bin/factcheck" --command "bench/run.sh $*" "$@"
