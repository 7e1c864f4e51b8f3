package org.ignbot.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Figures of a reminder run that do not depend on the machine's load: the statements the bot sent
 * to the database (by kind) and the commits, counted by a wrapper around its data source, and the
 * CPU time of the bench's JVM and of its PostgreSQL backends.
 */
final class StatementCount {
  private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
  private final LongAdder commits = new LongAdder();
  private final DataSource counted;

  StatementCount(DataSource dataSource) {
    this.counted =
        (DataSource)
            Proxy.newProxyInstance(
                DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                forward(dataSource, this::connection));
  }

  /** The data source to hand to the bot: every statement it prepares is counted. */
  DataSource dataSource() {
    return counted;
  }

  void reset() {
    statements.clear();
    commits.reset();
  }

  /** Statements and commits per send, by kind, for {@code sends} messages sent. */
  String report(int sends) {
    long total = statements.values().stream().mapToLong(LongAdder::sum).sum();
    StringBuilder out =
        new StringBuilder(
            String.format(
                "statements %d (%.2f a send), explicit commits %d (%.2f a send):%n",
                total, (double) total / sends, commits.sum(), (double) commits.sum() / sends));
    new TreeMap<>(statements)
        .forEach(
            (kind, n) ->
                out.append(
                    String.format(
                        "  %8d  %.3f a send  %s%n", n.sum(), (double) n.sum() / sends, kind)));
    return out.toString();
  }

  private Object connection(Method method, Object result) {
    if (!(result instanceof Connection connection)) {
      return result;
    }
    return Proxy.newProxyInstance(
        Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, m, args) -> {
          if (m.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
            statements.computeIfAbsent(kind(sql), k -> new LongAdder()).increment();
          } else if (m.getName().equals("commit")) {
            commits.increment();
          } else if (m.getName().equals("createStatement")) {
            statements.computeIfAbsent("(plain statement)", k -> new LongAdder()).increment();
          }
          return invoke(connection, m, args);
        });
  }

  /** The statement's verb and table: "update delivery", "select subscription". */
  private static String kind(String sql) {
    String[] words = sql.trim().replaceAll("\\s+", " ").toLowerCase().split(" ");
    String verb = words[0];
    for (int i = 1; i < words.length - 1; i++) {
      if (words[i].equals("from") || words[i].equals("into") || words[i].equals("update")) {
        return verb + " " + words[i + 1];
      }
    }
    return verb + (words.length > 1 ? " " + words[1] : "");
  }

  private static InvocationHandler forward(Object target, Wrap wrap) {
    return (proxy, method, args) -> wrap.apply(method, invoke(target, method, args));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private interface Wrap {
    Object apply(Method method, Object result);
  }

  /** CPU seconds of this JVM. */
  static double jvmCpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  /** The PostgreSQL backends serving {@code applicationName}, by process id. */
  static List<Integer> backends(DataSource admin, String applicationName) throws Exception {
    List<Integer> pids = new ArrayList<>();
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select pid from pg_stat_activity where application_name = '"
                    + applicationName
                    + "'")) {
      while (rs.next()) {
        pids.add(rs.getInt(1));
      }
    }
    return pids;
  }

  /** CPU seconds (user and system) of these local processes, from /proc; 0 for one gone. */
  static double cpuSeconds(List<Integer> pids) {
    double ticks = 0;
    for (int pid : pids) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      } catch (java.io.IOException | RuntimeException e) {
        // The backend is gone or not readable: not counted.
      }
    }
    return ticks / 100.0;
  }
}
