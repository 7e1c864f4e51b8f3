#!/usr/bin/env bash
# Discord benchmark (README, "Discord", speed): real JDA against the fake Discord on 127.0.0.1.
# The harness lives here, not among the tests, and is compiled against the Discord module's test
# classes (the fake Discord).
# Usage: bench/discord.sh [interactions=1000] [reminders=300]
set -euo pipefail
cd "$(dirname "$0")/.."
classpath="$PWD/adapters/discord/target/bench.classpath"
./mvnw -q -pl adapters/discord -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
classpath="adapters/discord/target/test-classes:adapters/discord/target/classes:bot-core/target/classes:$(cat "$classpath")"
mkdir -p bench/target/discord-classes
javac -d bench/target/discord-classes -cp "$classpath" bench/discord/DiscordBench.java
java -cp "bench/target/discord-classes:$classpath" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  org.ignbot.discord.DiscordBench "$@"
