package org.ignbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ignbot.core.Fixtures.clockAt;
import static org.ignbot.core.Fixtures.plenary;

import java.util.Random;
import java.util.stream.Stream;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random text, command words with random arguments, control and non-Latin characters: whatever
 * comes in, the engine answers with a reply and never throws. Seeded, so a failure repeats.
 */
class CommandEngineFuzzTests {
  private static final String[] WORDS = {
    "next",
    "schedule",
    "on",
    "topic",
    "meeting",
    "clusters",
    "about",
    "tz",
    "help",
    "/ign",
    "upcoming",
    "timezone"
  };
  private static final String ALPHABET =
      "abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789-/:.,;'\"()[]{}!?*+_=\\%$#@ \t\n\r\u0000\u0007"
          + "\u00e9\u00fc\u00df\u0130\u0410\u0416\u044f\u0627\u0644\u0645\u4e2d\u6587\u200b\u202e\ud83d\ude00";

  private final Bot bot =
      new Bot(
          clockAt("2024-11-18T12:00"),
          plenary("2024-11-19", Cluster.CATEGORIES),
          plenary("2024-11-21"));

  static Stream<String> texts() {
    Random random = new Random(20241119L);
    return Stream.generate(() -> text(random)).limit(2000);
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    if (random.nextBoolean()) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    int length = random.nextInt(random.nextInt(10) == 0 ? 2500 : 40);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void answersAnyTextWithAReplyAndNeverThrows(String text) {
    Reply reply = bot.reply(text);
    assertThat(reply).isNotNull();
    if (reply.isError()) {
      assertThat(reply.lines()).hasSize(1);
      assertThat(reply.lines().get(0))
          .isNotBlank()
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }
  }
}
