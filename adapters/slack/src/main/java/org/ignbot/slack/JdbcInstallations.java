package org.ignbot.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workspaces that installed the bot, in the {@code slack_installation} table (one row per team:
 * the bot token, bot user, scopes and when). Bolt's multi-team authorization and the bot's own
 * messages look tokens up here. Only the bot is kept: the app asks for no user token.
 */
final class JdbcInstallations implements InstallationService, Tokens {
  private static final Logger log = LoggerFactory.getLogger(JdbcInstallations.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;

  JdbcInstallations(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.clock = clock;
  }

  @Override
  public Optional<String> botToken(String team) {
    return jdbc.sql("select bot_token from slack_installation where team_id = ?")
        .param(team)
        .query(String.class)
        .optional();
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean enabled) {
    if (enabled) {
      throw new UnsupportedOperationException("only the latest installation is kept");
    }
  }

  /** Saves (or replaces, on a second install) the workspace's installation. */
  @Override
  public void saveInstallerAndBot(Installer installer) {
    if (installer.getTeamId() == null || installer.getBotAccessToken() == null) {
      throw new IllegalArgumentException("an installation needs a workspace and a bot token");
    }
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql("delete from slack_installation where team_id = ?")
              .param(installer.getTeamId())
              .update();
          jdbc.sql(
                  "insert into slack_installation (team_id, enterprise_id, app_id, bot_id,"
                      + " bot_user_id, bot_token, scopes, installed_by, installed_at)"
                      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
              .params(
                  installer.getTeamId(),
                  installer.getEnterpriseId(),
                  installer.getAppId(),
                  installer.getBotId(),
                  installer.getBotUserId(),
                  installer.getBotAccessToken(),
                  installer.getBotScope() == null ? "" : installer.getBotScope(),
                  installer.getInstallerUserId(),
                  now)
              .update();
        });
    log.info("Slack workspace {} installed the bot", installer.getTeamId());
  }

  /** Token rotation writes the new token back. */
  @Override
  public void saveBot(Bot bot) {
    jdbc.sql("update slack_installation set bot_token = ? where team_id = ?")
        .params(bot.getBotAccessToken(), bot.getTeamId())
        .update();
  }

  @Override
  public void deleteBot(Bot bot) {
    delete(bot.getTeamId());
  }

  @Override
  public void deleteInstaller(Installer installer) {
    delete(installer.getTeamId());
  }

  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    delete(teamId);
  }

  private void delete(String team) {
    if (jdbc.sql("delete from slack_installation where team_id = ?").param(team).update() > 0) {
      log.info("Slack workspace {} removed the bot", team);
    }
  }

  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    return teamId == null ? null : find(teamId).map(JdbcInstallations::bot).orElse(null);
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    return teamId == null ? null : find(teamId).orElse(null);
  }

  /** Bolt's {@code toBot()} leaves the bot scopes out. */
  private static Bot bot(Installer installer) {
    Bot bot = installer.toBot();
    bot.setBotScope(installer.getBotScope());
    bot.setInstalledAt(installer.getInstalledAt());
    return bot;
  }

  private Optional<Installer> find(String team) {
    return jdbc.sql(
            "select team_id, enterprise_id, app_id, bot_id, bot_user_id, bot_token, scopes,"
                + " installed_by, installed_at from slack_installation where team_id = ?")
        .param(team)
        .query(JdbcInstallations::installer)
        .optional();
  }

  private static Installer installer(ResultSet row, int number) throws SQLException {
    DefaultInstaller installer = new DefaultInstaller();
    installer.setTeamId(row.getString("team_id"));
    installer.setEnterpriseId(row.getString("enterprise_id"));
    installer.setAppId(row.getString("app_id"));
    installer.setBotId(row.getString("bot_id"));
    installer.setBotUserId(row.getString("bot_user_id"));
    installer.setBotAccessToken(row.getString("bot_token"));
    installer.setBotScope(row.getString("scopes"));
    installer.setScope(row.getString("scopes"));
    installer.setInstallerUserId(row.getString("installed_by"));
    installer.setIsEnterpriseInstall(false);
    installer.setTokenType("bot");
    installer.setInstalledAt(
        row.getObject("installed_at", OffsetDateTime.class).toInstant().toEpochMilli());
    return installer;
  }
}
