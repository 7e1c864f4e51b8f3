#!/bin/sh
# The image's start command. Every start uses the class-data archive made when the image was built.
# A one-shot (ask, ics, import, --version, help) also stops the JIT at C1
# (-XX:TieredStopAtLevel=1): the optimising compiler does not pay back within one answer, and
# without it a one-shot answers in about two thirds of the time. The long-running bot keeps the full
# compiler. JAVA_OPTS (e.g. -Xmx512m) goes to every start.
one_shot=
for arg in "$@"; do
  case "$arg" in
    ask | ics | import | help | --help | -h | --version | -V)
      one_shot=-XX:TieredStopAtLevel=1
      break
      ;;
  esac
done
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec java -XX:SharedArchiveFile=ign-bot.jsa $one_shot $JAVA_OPTS -jar ign-bot.jar "$@"
