package org.ignbot.bench;

import java.lang.reflect.Constructor;
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
  /** A connection wrapper's constructor, looked up once: the bench should cost the run little. */
  private static final Constructor<?> CONNECTION_PROXY;

  static {
    try {
      CONNECTION_PROXY =
          Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (proxy, method, args) -> null)
              .getClass()
              .getConstructor(InvocationHandler.class);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();

  /** Each statement's kind by its text, worked out once per text. */
  private final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();

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
    statements.values().forEach(LongAdder::reset);
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
    // Kinds seen only before the reset (setting up) are left out.
    new TreeMap<>(statements)
        .forEach(
            (kind, n) -> {
              if (n.sum() > 0) {
                out.append(
                    String.format(
                        "  %8d  %.3f a send  %s%n", n.sum(), (double) n.sum() / sends, kind));
              }
            });
    return out.toString();
  }

  private Object connection(Method method, Object result) throws ReflectiveOperationException {
    if (!(result instanceof Connection connection)) {
      return result;
    }
    InvocationHandler counting =
        (proxy, m, args) -> {
          if (m.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
            bySql.computeIfAbsent(sql, this::counter).increment();
          } else if (m.getName().equals("commit")) {
            commits.increment();
          } else if (m.getName().equals("createStatement")) {
            statements.computeIfAbsent("(plain statement)", k -> new LongAdder()).increment();
          }
          return invoke(connection, m, args);
        };
    return CONNECTION_PROXY.newInstance(counting);
  }

  /** The counter of the statement's kind. */
  private LongAdder counter(String sql) {
    return statements.computeIfAbsent(kind(sql), k -> new LongAdder());
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
    Object apply(Method method, Object result) throws ReflectiveOperationException;
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

  /**
   * CPU seconds of this JVM's threads by kind (the name without its numbers: "C2 CompilerThread",
   * "GC Thread#", "db-scheduler-pool--thread-"), from /proc; empty where /proc is not there.
   */
  static Map<String, Double> threadCpuSeconds() {
    Map<String, Double> byKind = new TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      tasks.forEach(
          task -> {
            try {
              String name = Files.readString(task.resolve("comm")).trim().replaceAll("\\d+", "");
              String stat = Files.readString(task.resolve("stat"));
              String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
              double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
              byKind.merge(name, seconds, Double::sum);
            } catch (java.io.IOException | RuntimeException e) {
              // The thread ended meanwhile.
            }
          });
    } catch (java.io.IOException e) {
      return Map.of();
    }
    return byKind;
  }

  /** The kinds that used at least {@code min} seconds between two readings, most first. */
  static String threadCpuReport(Map<String, Double> before, Map<String, Double> after, double min) {
    StringBuilder out = new StringBuilder("bench JVM CPU by thread kind:");
    after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
        .filter(e -> e.getValue() >= min)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> out.append(String.format(" %s %.2f s;", e.getKey(), e.getValue())));
    return out.append(System.lineSeparator()).toString();
  }
}
