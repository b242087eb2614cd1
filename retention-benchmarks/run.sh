#!/usr/bin/env bash
# Runs the columnar benchmarks (a)-(d) of the README's "Performance" section with the settings in their
# annotations (2 forks of 6 GiB, 5 warm-up and 5 measured iterations of 2 s each) and writes the JMH JSON
# to retention-benchmarks/results/<date>_<jdk>_<cpu>.json. Takes about 40 minutes on two cores; run it on
# a quiet machine. Extra arguments go to JMH, for example a smoke run:
#   retention-benchmarks/run.sh -f 0 -wi 0 -i 1 -r 100ms -p customers=20000
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q -pl retention-benchmarks -am package -DskipTests

jdk=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = \([0-9.]*\).*/\1/p')
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1 | tr -cs 'A-Za-z0-9' '-' | sed 's/-$//')
result="retention-benchmarks/results/$(date -u +%Y-%m-%d)_jdk${jdk:-unknown}_${cpu:-unknown-cpu}.json"
mkdir -p retention-benchmarks/results

java -jar retention-benchmarks/target/benchmarks.jar 'io\.retentionkit\.benchmarks\.columnar\..*Benchmark' \
    -rf json -rff "$result" "$@"
echo "JMH results: $result"
