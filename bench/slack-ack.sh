#!/usr/bin/env bash
# Slack time-to-acknowledgement benchmark (README, section "Slack", Speed):
# signed /ign next requests to /slack/events at a steady rate, next to a plain Spring MVC
# endpoint of the same application, in the same run. Everything runs on 127.0.0.1.
# Usage: bench/slack-ack.sh [requests per second per endpoint, default 200] [seconds, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl config -am -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
  package dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/bench/target/classpath.txt"
classpath="config/target/test-classes:config/target/classes:$(cat bench/target/classpath.txt)"
mkdir -p bench/target/classes
javac -d bench/target/classes -cp "$classpath" bench/slack/SlackAckBenchmark.java
java -Xshare:off -cp "bench/target/classes:$classpath" org.ignbot.app.slack.SlackAckBenchmark "$@"
