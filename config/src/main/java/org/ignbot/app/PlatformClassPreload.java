package org.ignbot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Loads the chat platforms' classes (JDA, the Slack SDK, OkHttp, Gson, TLS: about 1,100 for each
 * platform) on a second thread as soon as the settings say which platforms are on, so that the
 * start-up thread, which makes the platforms' beans later, finds them loaded rather than searching
 * the jar's libraries for each. Only loaded, not initialised: no static initialiser runs early or
 * on another thread. The lists ({@code META-INF/ign/preload-slack.txt}, {@code
 * preload-discord.txt}) are written by {@code bench/startup/preload-lists}; a name no longer found
 * is skipped, so a stale list only loads less early.
 */
final class PlatformClassPreload
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
  private final ClassLoader loader;

  PlatformClassPreload(ClassLoader loader) {
    this.loader = loader;
  }

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    List<String> lists = lists(ChatPlatforms.of(event.getEnvironment()));
    if (!lists.isEmpty()) {
      Thread thread = new Thread(() -> lists.forEach(this::load), "ign-class-preload");
      thread.setDaemon(true);
      thread.setPriority(Thread.MIN_PRIORITY);
      thread.start();
    }
  }

  /** The lists for the platforms on; none for one-shot runs and the terminal alone. */
  static List<String> lists(ChatPlatforms platforms) {
    List<String> lists = new ArrayList<>();
    if (platforms.served() && platforms.slackMode() != SlackProperties.Mode.OFF) {
      lists.add("META-INF/ign/preload-slack.txt");
    }
    if (platforms.discordOn()) {
      lists.add("META-INF/ign/preload-discord.txt");
    }
    return lists;
  }

  /** Loads each class the list names, in its order; returns how many were found. */
  int load(String list) {
    int loaded = 0;
    try (InputStream in = loader.getResourceAsStream(list)) {
      if (in == null) {
        return 0;
      }
      BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String name = names.readLine(); name != null; name = names.readLine()) {
        try {
          Class.forName(name, false, loader);
          loaded++;
        } catch (ClassNotFoundException | LinkageError e) {
          // Gone since the list was written (a library upgraded): the start loads what it needs.
        }
      }
    } catch (IOException e) {
      // Only an early load missed: the start goes on as without the list.
    }
    return loaded;
  }
}
