#!/usr/bin/env bash
# Slack time-to-acknowledgement benchmark (docs/benchmarks.md, section "Slack"): signed /ign next
# requests to /slack/events at a constant rate, next to a plain Spring MVC endpoint of the same
# application, in the same run. The application (with a fake Slack) and the load generator are two
# processes, two JVMs; everything runs on 127.0.0.1.
# Usage: bench/slack-ack.sh [requests per second per endpoint, default 200] [seconds, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
target="$PWD/bench/target"
mkdir -p "$target/slack-classes"
# Its own classpath file: bench/run's (bench/target/classpath.txt) is left alone.
./mvnw -q -B -pl config -am -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
  package dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$target/slack-classpath.txt"
classpath="config/target/test-classes:config/target/classes:$(cat "$target/slack-classpath.txt")"
javac -d "$target/slack-classes" -cp "$classpath" bench/slack/SlackAckBenchmark.java
classpath="$target/slack-classes:$classpath"
ready="$target/slack-ack.ready"
rm -f "$ready"
java -cp "$classpath" org.ignbot.app.slack.SlackAckBenchmark server "$ready" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 3000); do
  [ -f "$ready" ] && break
  kill -0 "$server" 2>/dev/null || { echo "The application did not start" >&2; exit 1; }
  sleep 0.1
done
[ -f "$ready" ] || { echo "The application was not ready within 5 minutes" >&2; exit 1; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xshare:off -cp "$classpath" org.ignbot.app.slack.SlackAckBenchmark client "$ready" "$@"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
