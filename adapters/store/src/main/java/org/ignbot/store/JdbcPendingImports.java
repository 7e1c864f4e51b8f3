package org.ignbot.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ignbot.core.command.admin.PendingImport;
import org.ignbot.core.command.admin.PendingImports;
import org.ignbot.core.user.UserKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pending letter previews in the {@code pending_import} table, one per admin: any instance confirms
 * what another one previewed, and a restart loses nothing. Expired previews are swept by each new
 * one.
 */
public final class JdbcPendingImports implements PendingImports {
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  public JdbcPendingImports(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  @Override
  public void put(PendingImport pending) {
    UserKey admin = pending.admin();
    Jdbc.write(
        () ->
            transaction.execute(
                status -> {
                  jdbc.sql("delete from pending_import where expires_at <= ?")
                      .param(Jdbc.timestamp(pending.expires().minus(PendingImport.LIFETIME)))
                      .update();
                  jdbc.sql(
                          "delete from pending_import where platform = ? and workspace = ?"
                              + " and user_id = ?")
                      .params(admin.platform(), admin.workspace(), admin.userId())
                      .update();
                  return jdbc.sql(
                          "insert into pending_import (platform, workspace, user_id, file_name,"
                              + " content, pasted, citation, changes, expires_at)"
                              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .params(
                          admin.platform(),
                          admin.workspace(),
                          admin.userId(),
                          pending.fileName(),
                          pending.content(),
                          pending.pasted(),
                          pending.citation(),
                          String.join("\n", pending.changes()),
                          Jdbc.timestamp(pending.expires()))
                      .update();
                }));
  }

  @Override
  public Optional<PendingImport> take(UserKey admin, Instant now) {
    return Jdbc.write(
        () ->
            transaction.execute(
                status -> {
                  Optional<PendingImport> found =
                      jdbc.sql(
                              "select file_name, content, pasted, citation, changes, expires_at"
                                  + " from pending_import where platform = ? and workspace = ?"
                                  + " and user_id = ?")
                          .params(admin.platform(), admin.workspace(), admin.userId())
                          .query(
                              (row, n) ->
                                  new PendingImport(
                                      admin,
                                      row.getString("file_name"),
                                      row.getBytes("content"),
                                      row.getBoolean("pasted"),
                                      row.getString("citation"),
                                      lines(row.getString("changes")),
                                      Jdbc.instant(
                                          row.getObject(
                                              "expires_at", java.time.OffsetDateTime.class))))
                          .optional();
                  // Of two instances taking the same preview, only the one that deletes it has it.
                  int deleted =
                      jdbc.sql(
                              "delete from pending_import where platform = ? and workspace = ?"
                                  + " and user_id = ?")
                          .params(admin.platform(), admin.workspace(), admin.userId())
                          .update();
                  return found.filter(p -> deleted == 1 && p.expires().isAfter(now));
                }));
  }

  private static List<String> lines(String changes) {
    return changes.isEmpty() ? List.of() : Arrays.asList(changes.split("\n", -1));
  }
}
