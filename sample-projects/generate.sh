#!/usr/bin/env bash
# Re-creates every sample's data, project.json and data.json bit for bit from the generators' fixed seeds.
# The samples' README.md files are written by hand and left alone.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CP_FILE="$ROOT/app/target/runtime-classpath.txt"
mvn -q -B -pl app -am -Dmaven.test.skip=true package dependency:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -DincludeScope=runtime
# The Vector API module, as everywhere the engine runs (samples train the same, to the bit, without it).
exec java --add-modules jdk.incubator.vector -cp "$ROOT/app/target/classes:$(cat "$CP_FILE")" org.rnnworkbench.app.samples.SampleProjectWriter \
  "$ROOT/sample-projects"
