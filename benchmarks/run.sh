#!/usr/bin/env bash
# Runs the benchmarks: our engine next to DL4J 1.0.0-M2.1 (and PyTorch when `import torch` works).
#   benchmarks/run.sh           full run, about a quarter of an hour on two cores
#   benchmarks/run.sh --quick   about three minutes, fewer repetitions
#   benchmarks/run.sh --fx-pulse-only   only the Data area's responsiveness (under a minute)
#   benchmarks/run.sh --fx-train-only   only the responsiveness and throughput while the app trains the
#                                       character sample (about 2.5 minutes; 1.5 with --quick)
#   benchmarks/run.sh --engine-only     only train, output and step: ours, DL4J's and PyTorch's (about
#                                       8 minutes; 2 with --quick)
#   benchmarks/run.sh --import-only     only the CSV import, ours and DL4J's side by side (under a minute
#                                       with --quick; about 3 minutes for the full run's 10,000 sequences)
# The last lines printed are the RESULT lines described in benchmarks/README.md.
# Nothing native is set here on purpose: the harness starts like any user's program, and the engine's
# relauncher (org.rnnworkbench.model.platform.NativeSettings) adds the OpenBLAS and OpenMP settings itself.
# The Vector API module is a JVM option of every launch script, as for the workbench (./workbench, ./rnnwb).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mkdir -p benchmarks/target
mvn -B -q -pl benchmarks -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile="$root/benchmarks/target/classpath.txt"
exec java -Xmx4g --add-modules jdk.incubator.vector -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
    org.rnnworkbench.benchmarks.BenchmarkMain --work benchmarks/target \
    --torch-script benchmarks/torch/char_bench.py "$@"
