package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The chat platforms' classes loaded early on a second thread: which lists, and how. */
class PlatformClassPreloadTests {

  /** Set by {@link Marked}'s static initialiser (read here, so that reading it runs none). */
  static volatile boolean markedInitialised;

  /** Its static initialiser must not run when the class is only loaded. */
  static final class Marked {
    static {
      markedInitialised = true;
    }
  }

  @Test
  void eachPlatformOnHasItsList() {
    assertThat(PlatformClassPreload.lists(ChatPlatformsTests.fromVariables(Map.of()))).isEmpty();
    assertThat(
            PlatformClassPreload.lists(
                ChatPlatformsTests.fromVariables(
                    Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"))))
        .containsExactly("META-INF/ign/preload-slack.txt");
    assertThat(
            PlatformClassPreload.lists(
                ChatPlatformsTests.fromVariables(Map.of("DISCORD_TOKEN", "abc"))))
        .containsExactly("META-INF/ign/preload-discord.txt");
    assertThat(
            PlatformClassPreload.lists(
                ChatPlatformsTests.fromVariables(
                    Map.of("DISCORD_TOKEN", "abc", "SLACK_CLIENT_ID", "111.222"))))
        .containsExactly("META-INF/ign/preload-slack.txt", "META-INF/ign/preload-discord.txt");
  }

  @Test
  void theNamedClassesAreLoadedButNotInitialisedAndMissingOnesSkipped() {
    List<String> asked = new CopyOnWriteArrayList<>();
    ClassLoader recording =
        new ClassLoader(getClass().getClassLoader()) {
          @Override
          protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
          }
        };

    int loaded = new PlatformClassPreload(recording).load("META-INF/ign/preload-test.txt");

    assertThat(loaded).isEqualTo(1);
    assertThat(asked)
        .containsExactly(
            "org.ignbot.app.PlatformClassPreloadTests$Marked", "org.ignbot.app.NoSuchClass");
    assertThat(markedInitialised).isFalse();
  }

  /**
   * The lists match the libraries the bot is built with: after an upgrade this fails until {@code
   * bench/startup/preload-lists} is run again. The JDK's own classes may differ between updates.
   */
  @Test
  void everyListedLibraryClassIsOnTheClassPath() throws IOException {
    for (String list : List.of("slack", "discord")) {
      String resource = "META-INF/ign/preload-" + list + ".txt";
      List<String> names = lines(resource);
      List<String> libraries =
          names.stream()
              .filter(name -> !name.matches("(java|javax|jdk|sun|com\\.sun)\\..*"))
              .toList();
      assertThat(libraries).as(resource).hasSizeGreaterThan(500);
      assertThat(libraries.stream().filter(name -> !loads(name)).toList()).as(resource).isEmpty();
    }
  }

  private static boolean loads(String name) {
    try {
      Class.forName(name, false, PlatformClassPreloadTests.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in =
        PlatformClassPreloadTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
