package org.ignbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.ignbot.core.MutableClock;
import org.ignbot.store.Schema;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Installations and OAuth states on H2 and on the PostgreSQL at 127.0.0.1:5432. */
class JdbcInstallationsTests {
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

  private final MutableClock clock = new MutableClock(Instant.parse("2024-11-18T17:00:00Z"));

  static Stream<String> databases() {
    return Stream.of("h2", "postgresql");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void anInstallationIsFoundByTeamAndASecondInstallReplacesItsToken(String database) {
    JdbcInstallations installations = new JdbcInstallations(fresh(database), clock);

    installations.saveInstallerAndBot(installer("T0ONE", "xoxb-first"));
    clock.advance(Duration.ofDays(1));
    installations.saveInstallerAndBot(installer("T0ONE", "xoxb-second"));

    Bot bot = installations.findBot(null, "T0ONE");
    assertThat(bot.getBotAccessToken()).isEqualTo("xoxb-second");
    assertThat(bot.getBotUserId()).isEqualTo("UBOT");
    assertThat(bot.getBotScope()).isEqualTo("commands,chat:write");
    assertThat(bot.getInstalledAt()).isEqualTo(clock.instant().toEpochMilli());
    assertThat(installations.botToken("T0ONE")).contains("xoxb-second");
    assertThat(installations.botToken("T0TWO")).isEmpty();
    assertThat(installations.findBot(null, "T0TWO")).isNull();

    installations.deleteAll(null, "T0ONE");

    assertThat(installations.botToken("T0ONE")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aStateIsValidUntilItExpiresOrIsUsed(String database) throws Exception {
    JdbcOAuthStates states = new JdbcOAuthStates(fresh(database), clock, Duration.ofMinutes(10));
    states.addNewStateToDatastore("used");
    states.addNewStateToDatastore("late");

    states.deleteStateFromDatastore("used");
    clock.advance(Duration.ofMinutes(9));
    boolean lateBeforeExpiry = states.isAvailableInDatabase("late");
    clock.advance(Duration.ofMinutes(1));

    assertThat(states.isAvailableInDatabase("used")).isFalse();
    assertThat(lateBeforeExpiry).isTrue();
    assertThat(states.isAvailableInDatabase("late")).isFalse();
    assertThat(states.isAvailableInDatabase("never-issued")).isFalse();
  }

  private static DefaultInstaller installer(String team, String token) {
    DefaultInstaller installer = new DefaultInstaller();
    installer.setTeamId(team);
    installer.setBotUserId("UBOT");
    installer.setBotAccessToken(token);
    installer.setBotScope("commands,chat:write");
    installer.setInstallerUserId("U0INSTALLER");
    return installer;
  }

  private static DataSource fresh(String database) {
    String url;
    if (database.equals("h2")) {
      url = "jdbc:h2:mem:i" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    } else {
      String schema = "s_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
      try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "")) {
        connection.createStatement().execute("create schema " + schema);
      } catch (SQLException e) {
        Assumptions.abort("PostgreSQL is not reachable at 127.0.0.1:5432: " + e.getMessage());
      }
      url = POSTGRES + "?currentSchema=" + schema;
    }
    DataSource dataSource =
        new DriverManagerDataSource(url, database.equals("h2") ? "sa" : "postgres", "");
    Schema.migrate(dataSource);
    return dataSource;
  }
}
