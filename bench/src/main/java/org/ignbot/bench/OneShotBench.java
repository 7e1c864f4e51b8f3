package org.ignbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.ignbot.core.letter.writer.SampleLetters;

/**
 * One-shot commands from launch to exit, next to {@code java -version} and a bare Spring Boot
 * application that starts and exits (bench/bare without its web server), all run in turn, in one
 * run, so that the machine's load weighs on each alike.
 *
 * <p>Each command runs under {@code /usr/bin/time}: wall seconds, CPU seconds (user + system: less
 * sensitive to other processes than wall time) and peak RSS. The bot runs twice over: as {@code
 * java -jar ign-bot.jar}, and from the extracted jar with a class-data archive (CDS) made by one
 * training run, as docs/operations.md tells users to, with and without {@code
 * -XX:TieredStopAtLevel=1}. The database is an H2 file made by a first {@code ask} (not timed), as
 * a user's second question finds it.
 *
 * <p>Usage: {@code OneShotBench <bot.jar> <bare.jar> [runs=5] [earlier-bot.jar]}: with an earlier
 * build's jar, its {@code ask} is timed too, for a before and after.
 */
public final class OneShotBench {
  private static final String AS_OF = "2024-11-18T12:00-05:00";

  private OneShotBench() {}

  record Sample(double wall, double cpu, double rssMb) {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]).toAbsolutePath();
    Path bare = Path.of(args[1]).toAbsolutePath();
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Path earlier = args.length > 3 ? Path.of(args[3]).toAbsolutePath() : null;
    Path dir = Files.createTempDirectory("ign-oneshot");
    try {
      run(jar, bare, runs, earlier, dir);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void run(Path jar, Path bare, int runs, Path earlier, Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path letter = dir.resolve("letter.pdf");
    Files.write(letter, SampleLetters.longPdf(20_261_130L, 40, LetterImportBenchmark.PAGES));
    String db = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("ign-bot");
    List<String> ask = List.of("ask", "--as-of", AS_OF, db, "/ign next");
    List<String> ics = List.of("ics", "--all", "--as-of", AS_OF, db);
    List<String> dryRun = List.of("import", "--dry-run", db, letter.toString());

    // The user's way to the class-data archive: extract, one training run, then use it.
    Path extracted = dir.resolve("app");
    exec(
        dir,
        List.of(
            java,
            "-Djarmode=tools",
            "-jar",
            jar.toString(),
            "extract",
            "--destination",
            extracted.toString()));
    Path appJar = extracted.resolve(jar.getFileName());
    Path archive = dir.resolve("ign-bot.jsa");
    List<String> training =
        new ArrayList<>(
            List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-jar", appJar.toString()));
    training.addAll(ask);
    exec(dir, training);
    List<String> plain = List.of(java, "-jar", jar.toString());
    List<String> cds =
        List.of(
            java, "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-jar", appJar.toString());
    // The C2 compiler does not pay back within one answer.
    List<String> cdsC1 =
        List.of(
            java,
            "-XX:SharedArchiveFile=" + archive,
            "-XX:TieredStopAtLevel=1",
            "-jar",
            appJar.toString());

    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("java -version", List.of(java, "-version"));
    commands.put(
        "bare Spring Boot",
        List.of(
            java,
            "-jar",
            bare.toString(),
            "--spring.main.web-application-type=none",
            "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("bare")));
    if (earlier != null) {
      commands.put("ask next (earlier jar)", with(List.of(java, "-jar", earlier.toString()), ask));
    }
    Map<String, List<String>> variants = new LinkedHashMap<>();
    variants.put("jar", plain);
    variants.put("cds", cds);
    variants.put("cds+C1", cdsC1);
    for (var variant : variants.entrySet()) {
      commands.put("--version (" + variant.getKey() + ")", with(variant.getValue(), "--version"));
      commands.put("ask next (" + variant.getKey() + ")", with(variant.getValue(), ask));
      commands.put("ics --all (" + variant.getKey() + ")", with(variant.getValue(), ics));
      commands.put("import --dry-run (" + variant.getKey() + ")", with(variant.getValue(), dryRun));
    }
    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    commands.keySet().forEach(name -> samples.put(name, new ArrayList<>()));
    System.out.printf("load average before: %s%n", loadAverage());
    for (int i = 0; i < runs; i++) {
      for (var command : commands.entrySet()) {
        Sample sample = timed(dir, command.getValue());
        samples.get(command.getKey()).add(sample);
        System.out.printf("run %d %-28s %s%n", i + 1, command.getKey(), sample);
      }
    }
    System.out.printf("load average after: %s%n", loadAverage());
    System.out.printf(
        "cores: %d, java %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    double bareWall = median(samples.get("bare Spring Boot"), Sample::wall);
    double bareCpu = median(samples.get("bare Spring Boot"), Sample::cpu);
    double versionWall = median(samples.get("java -version"), Sample::wall);
    System.out.printf(
        "%-28s %8s %8s %8s %10s %10s%n",
        "median of " + runs, "wall s", "CPU s", "RSS MB", "wall/bare", "CPU/bare");
    for (var entry : samples.entrySet()) {
      List<Sample> list = entry.getValue();
      double wall = median(list, Sample::wall);
      double cpu = median(list, Sample::cpu);
      System.out.printf(
          "%-28s %8.2f %8.2f %8.0f %10.2f %10.2f   (%.1f× java -version)%n",
          entry.getKey(),
          wall,
          cpu,
          median(list, Sample::rssMb),
          wall / bareWall,
          cpu / bareCpu,
          wall / versionWall);
    }
  }

  private static List<String> with(List<String> launch, String argument) {
    return with(launch, List.of(argument));
  }

  private static List<String> with(List<String> launch, List<String> arguments) {
    List<String> command = new ArrayList<>(launch);
    command.addAll(arguments);
    return command;
  }

  /** Runs the command under /usr/bin/time; its standard output is thrown away. */
  private static Sample timed(Path dir, List<String> command) throws Exception {
    Path times = dir.resolve("time.txt");
    List<String> full =
        new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S %M"));
    full.addAll(command);
    exec(dir, full);
    String[] fields = Files.readString(times).strip().split("\\s+");
    return new Sample(
        Double.parseDouble(fields[0]),
        Double.parseDouble(fields[1]) + Double.parseDouble(fields[2]),
        Long.parseLong(fields[3]) / 1024.0);
  }

  private static void exec(Path dir, List<String> command) throws Exception {
    Path log = dir.resolve("out.log");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(
          String.join(" ", command) + " failed; its output:\n" + Files.readString(log));
    }
  }

  private static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }

  private static double median(List<Sample> samples, ToDoubleFunction<Sample> f) {
    double[] v = samples.stream().mapToDouble(f).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
