package org.ignbot.core.command.read;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.text.Words;

/** {@code topic <cluster or words>}: meetings on a cluster or with those words, upcoming first. */
public final class TopicCommand implements Command, MeetingsOnTopic {
  static final int MAX_SHOWN = 10;
  private static final String CLUSTER_HINT =
      "veto, size, working methods, categories, regional, relationship";

  private final ScheduleRepository schedules;

  public TopicCommand(ScheduleRepository schedules) {
    this.schedules = schedules;
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("topic")
          .usage("topic <cluster or words>")
          .summary("meetings on a cluster (" + CLUSTER_HINT + ") or with your words")
          .parameters(
              Parameter.optional("cluster", Parameter.Type.CLUSTER, "One of the five key issues"),
              Parameter.optional(
                  "words", Parameter.Type.TEXT, "Words to look for, e.g. Liechtenstein model"))
          .examples("topic veto", "topic working methods", "topic Liechtenstein model")
          .shared()
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    return meetingsOn(invocation, invocation.arguments());
  }

  @Override
  public Reply meetingsOn(Invocation invocation, String topic) {
    String words = topic.strip();
    if (words.isEmpty()) {
      throw new InvalidInputException(
          "Which topic? Try a cluster: "
              + CLUSTER_HINT
              + ", or words such as `topic Liechtenstein model`.");
    }
    Schedule schedule = schedules.current();
    Optional<Cluster> cluster = Cluster.fromWords(words);
    List<Meeting> found =
        cluster
            .map(c -> schedule.onCluster(c, invocation.now()))
            .orElseGet(() -> schedule.matching(words, invocation.now()));
    String subject =
        cluster
            .map(
                c ->
                    Character.toLowerCase(c.officialName().charAt(0))
                        + c.officialName().substring(1))
            .orElse("\"" + shorten(words) + "\"");
    if (found.isEmpty()) {
      Optional<String> nearest = cluster.isPresent() ? Optional.empty() : nearestClusterWord(words);
      if (nearest.isPresent()) {
        return Reply.ok()
            .title("No meeting on " + subject + " — did you mean `topic " + nearest.get() + "`?")
            .action(
                "Meetings on " + nearest.get(),
                ActionRequest.of(ActionRequest.Kind.TOPIC, nearest.get()))
            .build();
      }
      return Reply.ok()
          .title("No meeting on " + subject + " yet.")
          .line("Try a cluster: " + CLUSTER_HINT + ".")
          .build();
    }
    long ahead =
        found.stream().filter(meeting -> meeting.endsAt().isAfter(invocation.now())).count();
    long cancelled =
        found.stream()
            .filter(meeting -> meeting.isCancelled() && meeting.endsAt().isAfter(invocation.now()))
            .count();
    Reply.Builder reply =
        Reply.ok()
            .title("Meetings on " + subject)
            .line(
                (ahead - cancelled)
                    + " upcoming, "
                    + (cancelled > 0 ? cancelled + " cancelled, " : "")
                    + (found.size() - ahead)
                    + " held; upcoming first, then the most recent.");
    found.stream().limit(MAX_SHOWN).forEach(reply::summary);
    if (found.size() > MAX_SHOWN) {
      reply.line("Showing " + MAX_SHOWN + " of " + found.size() + ".");
    }
    return reply.build();
  }

  /** The cluster word closest to a misspelt one ("vetto" is "veto"), if one is close. */
  private static Optional<String> nearestClusterWord(String typed) {
    String folded = Words.fold(typed);
    return Arrays.stream(Cluster.values())
        .flatMap(c -> Stream.concat(Stream.of(c.key()), c.words().stream()))
        .filter(word -> Words.distance(Words.fold(word), folded) <= Math.max(1, word.length() / 4))
        .min(Comparator.comparingInt(word -> Words.distance(Words.fold(word), folded)));
  }

  private static String shorten(String words) {
    return words.length() > 40 ? words.substring(0, 40) + "…" : words;
  }
}
