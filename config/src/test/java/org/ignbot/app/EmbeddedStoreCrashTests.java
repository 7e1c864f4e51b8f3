package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded default store keeps every write it answered for: a child JVM on the default H2 URL
 * (from application.yml) writes, prints after each answer, and is killed with SIGKILL right after;
 * everything it printed is then on disk.
 */
class EmbeddedStoreCrashTests {
  private static final int ANSWERS = 150;

  @TempDir Path folder;

  @Test
  void everySubscriptionAndDeliveryAnsweredBeforeAKillDashNineIsOnDisk() throws Exception {
    String url = defaultUrl().replace("./data/ign-bot", folder.resolve("ign-bot").toString());
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashingStoreWriter.class.getName(),
                url)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Set<String> subscribed = new HashSet<>();
    Set<String> sent = new HashSet<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (sent.size() < ANSWERS && (line = out.readLine()) != null) {
        if (line.startsWith("Subscribed ")) {
          subscribed.add(line.substring("Subscribed ".length()));
        } else if (line.startsWith("Sent ")) {
          sent.add(line.substring("Sent ".length()));
        }
      }
      // SIGKILL on Linux: no shutdown hook, no close of the database.
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(sent).as("the child answered before it was killed").hasSize(ANSWERS);

    Set<String> stored = new HashSet<>();
    Set<String> recorded = new HashSet<>();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery("select recipient_id from subscription")) {
        while (rows.next()) {
          stored.add(rows.getString(1));
        }
      }
      try (ResultSet rows =
          statement.executeQuery("select delivery_key from delivery where status = 'SENT'")) {
        while (rows.next()) {
          recorded.add(rows.getString(1));
        }
      }
    }
    assertThat(stored).containsAll(subscribed);
    assertThat(recorded).containsAll(sent);
  }

  private static String defaultUrl() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    String url = yaml.getObject().getProperty("spring.datasource.url");
    assertThat(url).startsWith("jdbc:h2:file:./data/ign-bot");
    return url;
  }
}
