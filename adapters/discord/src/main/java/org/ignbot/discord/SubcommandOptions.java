package org.ignbot.discord;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.schedule.Cluster;

/**
 * The options a member filled in for one subcommand, by name as Discord sends them, and the file
 * they attached, if any: read here into the typed values a use case takes. A blank option counts as
 * not given.
 */
record SubcommandOptions(Map<String, String> values, List<Attachment> files) {
  SubcommandOptions {
    values = Map.copyOf(values);
    files = List.copyOf(files);
  }

  /** Options without a file. */
  static SubcommandOptions of(Map<String, String> values) {
    return new SubcommandOptions(values, List.of());
  }

  boolean has(String name) {
    return text(name).isPresent();
  }

  Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  Optional<Integer> number(String name) {
    return text(name).filter(v -> v.matches("-?\\d{1,9}")).map(Integer::valueOf);
  }

  boolean flag(String name) {
    return text(name).map(Boolean::parseBoolean).orElse(false);
  }

  Optional<Cluster> cluster() {
    return text("cluster").flatMap(Cluster::fromKey);
  }

  /**
   * The lead times typed in "lead", none when blank. Parsing throws on words that are not lead
   * times: call it inside the engine's call, which turns that into the one line a member sees.
   */
  List<Duration> leadTimes() {
    return text("lead").map(LeadTimes::parse).orElse(List.of());
  }

  /** The attached file (Discord's attachment option takes one). */
  Optional<Attachment> file() {
    return files.stream().findFirst();
  }
}
