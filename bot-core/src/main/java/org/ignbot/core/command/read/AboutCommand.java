package org.ignbot.core.command.read;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandSpec;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.command.Parameter;
import org.ignbot.core.knowledge.Fact;
import org.ignbot.core.knowledge.Knowledge;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.text.Words;
import org.ignbot.core.time.GaSession;

/** {@code about <subject>}: short facts with their source. */
public final class AboutCommand implements Command {
  private static final List<String> CO_CHAIRS =
      List.of("co-chairs", "cochairs", "chairs", "chair", "co-chair");

  private final Knowledge knowledge;

  public AboutCommand(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  private static final CommandSpec SPEC =
      CommandSpec.command("about")
          .summary("short facts with sources: the IGN, a cluster, a group, the Pact, the Co-Chairs")
          .parameters(
              Parameter.required(
                  "subject", Parameter.Type.TEXT, "e.g. ign, veto, g4, ufc, pact, co-chairs"))
          .examples("about ign", "about veto", "about G4", "about pact", "about co-chairs")
          .shared()
          .build();

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Invocation invocation) {
    String subject = invocation.arguments();
    if (subject.isEmpty()) {
      return Reply.ok().title("Ask me about: " + subjects() + ", co-chairs.").build();
    }
    if (CO_CHAIRS.stream().anyMatch(word -> Words.fold(word).equals(Words.fold(subject)))) {
      return coChairs(GaSession.of(invocation.today()));
    }
    Fact fact =
        knowledge
            .find(subject)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "I have no facts on \""
                            + (subject.length() > 40 ? subject.substring(0, 40) + "…" : subject)
                            + "\" — try: "
                            + subjects()
                            + ", co-chairs."));
    Reply.Builder reply = Reply.ok().title(fact.title());
    fact.text().forEach(reply::line);
    return reply.line("Source: " + fact.source()).build();
  }

  private Reply coChairs(int session) {
    Optional<String> current = knowledge.coChairs(session);
    Reply.Builder reply = Reply.ok();
    if (current.isPresent()) {
      reply
          .title("Co-Chairs of the IGN, " + GaSession.ordinal(session) + " session")
          .line(current.get());
    } else {
      reply.title(
          "I have no verified record of the Co-Chairs for the "
              + GaSession.ordinal(session)
              + " session.");
      knowledge
          .latestCoChairsSessionUpTo(session)
          .ifPresent(
              latest ->
                  reply.line(
                      "The latest I know, "
                          + GaSession.ordinal(latest)
                          + " session: "
                          + knowledge.coChairs(latest).orElseThrow()));
    }
    return reply.line("Source: " + knowledge.coChairsSource()).build();
  }

  private String subjects() {
    return knowledge.facts().stream().map(Fact::key).collect(Collectors.joining(", "));
  }
}
