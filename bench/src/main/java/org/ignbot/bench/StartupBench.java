package org.ignbot.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up to ready and resident memory of the bot's jar next to a bare Spring Boot application
 * with the same starters (bench/bare), both started the same way, alternately, in one run.
 *
 * <p>Each start: {@code java -jar <jar>} in a fresh temp folder, H2 in a file there, a free port;
 * time from launching the process until {@code /actuator/health/readiness} answers 200 (polled
 * every 20 ms) and the CPU time it used by then (user + system, /proc/pid/stat: on a loaded machine
 * the steadier figure); VmRSS from /proc once ready, and again after {@code jcmd <pid> GC.run}.
 *
 * <p>Usage: {@code StartupBench <bot.jar> <bare.jar> [runs=5] [platforms.env]}: with the file
 * (KEY=VALUE lines, written by bench/startup/FakePlatforms), the bot is also started a third way,
 * with Slack and Discord switched on by that environment; with a fifth argument (an earlier build's
 * jar), that jar is started a fourth way, with the platforms too, for a before-and-after in one
 * run.
 */
public final class StartupBench {
  private static final Duration READY_LIMIT = Duration.ofMinutes(3);

  private StartupBench() {}

  /** Ready time, CPU time (user + system) spent until ready, and RSS when ready and after a GC. */
  record Sample(double seconds, double cpuSeconds, long rssKb, long rssAfterGcKb) {}

  public static void main(String[] args) throws Exception {
    Path bot = Path.of(args[0]);
    Path bare = Path.of(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Map<String, String> platforms = args.length > 3 ? environment(Path.of(args[3])) : Map.of();
    Path earlier = args.length > 4 ? Path.of(args[4]) : null;
    List<String> botArgs = List.of("--ign.terminal.enabled=false");
    List<Sample> botSamples = new ArrayList<>();
    List<Sample> platformSamples = new ArrayList<>();
    List<Sample> earlierSamples = new ArrayList<>();
    List<Sample> bareSamples = new ArrayList<>();
    System.out.printf("load average before: %s%n", loadAverage());
    for (int i = 0; i < runs; i++) {
      Sample b = measure(bare, List.of(), Map.of());
      System.out.printf("bare run %d: %s%n", i + 1, b);
      bareSamples.add(b);
      Sample s = measure(bot, botArgs, Map.of());
      System.out.printf("bot  run %d: %s%n", i + 1, s);
      botSamples.add(s);
      if (!platforms.isEmpty()) {
        Sample p = measure(bot, botArgs, platforms);
        System.out.printf("bot+platforms run %d: %s%n", i + 1, p);
        platformSamples.add(p);
      }
      if (earlier != null) {
        Sample e = measure(earlier, botArgs, platforms);
        System.out.printf("earlier build+platforms run %d: %s%n", i + 1, e);
        earlierSamples.add(e);
      }
    }
    System.out.printf("load average after: %s%n", loadAverage());
    System.out.printf(
        "cores: %d, java %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    report("bare", bareSamples);
    report("bot ", botSamples);
    ratio("bot/bare", botSamples, bareSamples);
    if (!platforms.isEmpty()) {
      report("bot+platforms", platformSamples);
      ratio("bot+platforms/bare", platformSamples, bareSamples);
    }
    if (earlier != null) {
      report("earlier build+platforms", earlierSamples);
      ratio("earlier build+platforms/bare", earlierSamples, bareSamples);
    }
  }

  private static void ratio(String name, List<Sample> bot, List<Sample> bare) {
    System.out.printf(
        "ratio %s (medians): ready %.2fx, CPU %.2fx, RSS %.2fx, RSS after GC %.2fx%n",
        name,
        median(bot, Sample::seconds) / median(bare, Sample::seconds),
        median(bot, Sample::cpuSeconds) / median(bare, Sample::cpuSeconds),
        median(bot, x -> x.rssKb()) / median(bare, x -> x.rssKb()),
        median(bot, x -> x.rssAfterGcKb()) / median(bare, x -> x.rssAfterGcKb()));
  }

  private static Map<String, String> environment(Path file) throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        env.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return env;
  }

  private static Sample measure(Path jar, List<String> extra, Map<String, String> env)
      throws Exception {
    Path dir = Files.createTempDirectory("ign-startup");
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.add("--server.port=" + port);
    command.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"));
    command.addAll(extra);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long start = System.nanoTime();
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.log").toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    try {
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              jar
                  + " stopped during start-up; its output:\n"
                  + Files.readString(dir.resolve("out.log")));
        }
        if (System.nanoTime() - start > READY_LIMIT.toNanos()) {
          throw new IllegalStateException(
              jar
                  + " not ready after "
                  + READY_LIMIT
                  + "; its output:\n"
                  + Files.readString(dir.resolve("out.log")));
        }
        try {
          if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            break;
          }
        } catch (IOException notListeningYet) {
          // the port is not open yet
        }
        Thread.sleep(20);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = cpuSeconds(process.pid());
      long rss = rssKb(process.pid());
      new ProcessBuilder("jcmd", Long.toString(process.pid()), "GC.run")
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor(60, TimeUnit.SECONDS);
      long rssAfterGc = rssKb(process.pid());
      return new Sample(seconds, cpu, rss, rssAfterGc);
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * User + system CPU time of the process so far, from /proc/pid/stat (clock ticks of 1/100 s): far
   * less sensitive than wall time to the neighbours on a loaded machine.
   */
  private static double cpuSeconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // After the command name: state is field 3, utime field 14, stime field 15 (1-based).
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }

  private static void report(String name, List<Sample> samples) {
    System.out.printf(
        "%s ready s: median %.2f (min %.2f, max %.2f); CPU s: median %.2f (min %.2f, max %.2f);"
            + " RSS MB: median %.0f (min %.0f, max %.0f); after GC median %.0f (min %.0f, max"
            + " %.0f)%n",
        name,
        median(samples, Sample::seconds),
        min(samples, Sample::seconds),
        max(samples, Sample::seconds),
        median(samples, Sample::cpuSeconds),
        min(samples, Sample::cpuSeconds),
        max(samples, Sample::cpuSeconds),
        median(samples, x -> x.rssKb() / 1024.0),
        min(samples, x -> x.rssKb() / 1024.0),
        max(samples, x -> x.rssKb() / 1024.0),
        median(samples, x -> x.rssAfterGcKb() / 1024.0),
        min(samples, x -> x.rssAfterGcKb() / 1024.0),
        max(samples, x -> x.rssAfterGcKb() / 1024.0));
  }

  private static double median(
      List<Sample> samples, java.util.function.ToDoubleFunction<Sample> f) {
    double[] v = samples.stream().mapToDouble(f).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double min(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> f) {
    return samples.stream().mapToDouble(f).min().orElseThrow();
  }

  private static double max(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> f) {
    return samples.stream().mapToDouble(f).max().orElseThrow();
  }
}
