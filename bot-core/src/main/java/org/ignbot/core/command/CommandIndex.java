package org.ignbot.core.command;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ignbot.core.text.Words;

/** The registered commands by each word that runs them (name and aliases), and by use case. */
final class CommandIndex {
  private final List<Command> commands;
  private final Map<String, Command> byWord;

  CommandIndex(List<Command> commands) {
    this.commands = List.copyOf(commands);
    Map<String, Command> index = new LinkedHashMap<>();
    for (Command command : this.commands) {
      register(index, command.spec().name(), command);
      command.spec().aliases().forEach(alias -> register(index, alias, command));
    }
    this.byWord = Map.copyOf(index);
  }

  List<Command> all() {
    return commands;
  }

  /** The command that {@code word} runs, whatever its case. */
  Optional<Command> byWord(String word) {
    return Optional.ofNullable(byWord.get(word.toLowerCase(Locale.ROOT)));
  }

  /** The first command that offers the use case {@code useCase}. */
  Optional<Command> offering(Class<?> useCase) {
    return commands.stream().filter(c -> c.offers(useCase).isPresent()).findFirst();
  }

  /** The answer to a word no command answers to, with the closest one if one is close. */
  String unknown(String word) {
    String shown = word.length() > 30 ? word.substring(0, 30) + "…" : word;
    Optional<String> closest =
        byWord.keySet().stream()
            .filter(
                candidate -> Words.distance(candidate, word) <= Math.max(1, candidate.length() / 3))
            .min(Comparator.comparingInt(candidate -> Words.distance(candidate, word)));
    return closest
        .map(
            c ->
                "I don't know \""
                    + shown
                    + "\" — did you mean `"
                    + c
                    + "`? Type `help` for the list.")
        .orElse("I don't know \"" + shown + "\". Type `help` for what I can do.");
  }

  private static void register(Map<String, Command> index, String word, Command command) {
    if (index.put(word.toLowerCase(Locale.ROOT), command) != null) {
      throw new IllegalArgumentException("two commands answer to '" + word + "'");
    }
  }
}
