package org.ignbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No Docker engine runs here, so the Dockerfile is checked against the build: every path it copies
 * exists or is produced by the build, its layers are the jar's, and its start command is the
 * operations guide's. Then the image's layout is rebuilt in a folder and started the way the image
 * starts.
 */
class DockerfileIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path JAR = Path.of("target", "ign-bot.jar").toAbsolutePath();
  private static final Pattern LAYER_COPY =
      Pattern.compile("(?m)^COPY --from=build /layers/([a-z-]+)/ \\./$");
  private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT .*$");
  private static final Pattern ENTRYPOINT_COMMAND =
      Pattern.compile("(?m)^ENTRYPOINT \\[\"\\./(.*)\"\\]$");
  private static final Pattern SCRIPT_COPY = Pattern.compile("(?m)^COPY (docker/\\S+) \\./$");
  private static final Pattern TRAINING =
      Pattern.compile("(?m)^ && (java -XX:ArchiveClassesAtExit=.*) > /dev/null$");

  private final String dockerfile = read(ROOT.resolve("Dockerfile"));

  @TempDir Path app;

  @Test
  void everySourceTheBuildStageCopiesExists() {
    Matcher copy = Pattern.compile("(?m)^COPY (?!--from)(.+) \\S+$").matcher(dockerfile);
    List<String> sources = new ArrayList<>();
    while (copy.find()) {
      for (String source : copy.group(1).split(" ")) {
        sources.add(source);
        assertThat(ROOT.resolve(source)).as(source).exists();
      }
    }
    assertThat(sources).contains("mvnw", "pom.xml", ".mvn/", "bot-core/", "adapters/", "config/");
    Matcher module =
        Pattern.compile("<module>([^<]+)</module>").matcher(read(ROOT.resolve("pom.xml")));
    while (module.find()) {
      String path = module.group(1);
      assertThat(sources)
          .as("the module " + path + " is copied")
          .anyMatch(source -> (path + "/").startsWith(source));
    }
  }

  @Test
  void theBuildStageBuildsTheJarThisBuildProducesAndCopiesItsLayers() throws Exception {
    assertThat(dockerfile)
        .contains("./mvnw -B -q -DskipTests package")
        .contains("config/target/ign-bot.jar");
    assertThat(JAR).exists();
    List<String> layers =
        java("-Djarmode=tools", "-jar", JAR.toString(), "list-layers").lines().toList();
    Matcher copy = LAYER_COPY.matcher(dockerfile);
    List<String> copied = new ArrayList<>();
    while (copy.find()) {
      copied.add(copy.group(1));
    }
    assertThat(copied).containsExactlyElementsOf(layers);
  }

  @Test
  void theStartCommandIsTheOneTheOperationsGuideDocuments() {
    Matcher entrypoint = ENTRYPOINT.matcher(dockerfile);
    assertThat(entrypoint.find()).isTrue();
    assertThat(read(ROOT.resolve("docs/operations.md"))).contains(entrypoint.group());
  }

  @Test
  void theImageLayoutStartsAndAnswersWithItsClassDataArchive() throws Exception {
    Path layers = app.resolve("layers");
    assertThat(dockerfile).contains("extract --layers --destination /layers");
    java(
        "-Djarmode=tools",
        "-jar",
        JAR.toString(),
        "extract",
        "--layers",
        "--destination",
        layers.toString());
    Path merged = Files.createDirectories(app.resolve("app"));
    Matcher copy = LAYER_COPY.matcher(dockerfile);
    while (copy.find()) {
      copyTree(layers.resolve(copy.group(1)), merged);
    }
    Matcher training = TRAINING.matcher(dockerfile);
    assertThat(training.find()).as("the training run").isTrue();
    run(merged, training.group(1).split(" "));
    Path script = copyEntryScript(merged);
    // As the image starts, but failing if the archive cannot be used.
    String answer =
        run(
            merged,
            Map.of("JAVA_OPTS", "-Xshare:on", "PATH", javaBin() + ":" + System.getenv("PATH")),
            "sh",
            script.toString(),
            "ask",
            "--as-of",
            "2024-11-18T12:00-05:00",
            "next");
    assertThat(answer).startsWith("Next IGN meeting").contains("Tuesday 19 November 2024");
  }

  @Test
  void theEntryScriptGivesOneShotsC1AndTheBotTheFullCompiler() throws Exception {
    Path script = copyEntryScript(app);
    // A java that prints the options it was started with.
    Path bin = Files.createDirectories(app.resolve("bin"));
    Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"$@\"\n");
    assertThat(bin.resolve("java").toFile().setExecutable(true)).isTrue();
    Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"));
    String archive = "-XX:SharedArchiveFile=ign-bot.jsa";
    String c1 = archive + " -XX:TieredStopAtLevel=1 -jar ign-bot.jar ";

    assertThat(
            run(app, env, "sh", script.toString(), "--as-of", "2024-11-18T12:00Z", "ask", "next"))
        .isEqualTo(c1 + "--as-of 2024-11-18T12:00Z ask next\n");
    assertThat(run(app, env, "sh", script.toString(), "ics", "--all"))
        .isEqualTo(c1 + "ics --all\n");
    assertThat(run(app, env, "sh", script.toString(), "import", "--dry-run", "letter.pdf"))
        .isEqualTo(c1 + "import --dry-run letter.pdf\n");
    assertThat(run(app, env, "sh", script.toString(), "--version")).isEqualTo(c1 + "--version\n");
    assertThat(run(app, env, "sh", script.toString())).isEqualTo(archive + " -jar ign-bot.jar\n");
    assertThat(run(app, env, "sh", script.toString(), "--server.port=9090"))
        .isEqualTo(archive + " -jar ign-bot.jar --server.port=9090\n");
    Map<String, String> opts = new java.util.HashMap<>(env);
    opts.put("JAVA_OPTS", "-Xmx256m -Xss512k");
    assertThat(run(app, opts, "sh", script.toString()))
        .isEqualTo(archive + " -Xmx256m -Xss512k -jar ign-bot.jar\n");
  }

  /** The entry script, copied into the image's folder as the Dockerfile does; the ENTRYPOINT's. */
  private Path copyEntryScript(Path folder) throws IOException {
    Matcher copy = SCRIPT_COPY.matcher(dockerfile);
    assertThat(copy.find()).as("the entry script's COPY").isTrue();
    Path source = ROOT.resolve(copy.group(1));
    Path script = folder.resolve(source.getFileName().toString());
    Files.copy(source, script);
    Matcher entrypoint = ENTRYPOINT_COMMAND.matcher(dockerfile);
    assertThat(entrypoint.find()).isTrue();
    assertThat(entrypoint.group(1)).isEqualTo(script.getFileName().toString());
    assertThat(source.toFile().canExecute()).as("executable in the image").isTrue();
    return script;
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin").toString();
  }

  private static String java(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(args));
    return run(Path.of("."), command.toArray(String[]::new));
  }

  private static String run(Path folder, String... command) throws Exception {
    return run(folder, Map.of(), command);
  }

  private static String run(Path folder, Map<String, String> env, String... command)
      throws Exception {
    if (command[0].equals("java")) {
      command[0] = Path.of(javaBin(), "java").toString();
    }
    Path out = Files.createTempFile("ign-docker", ".out");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    // Generous: a loaded build machine takes minutes where an idle one takes seconds.
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
    String output = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
