package io.skillscope.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Kafka broker's classpath: the jars of {@code scripts/kafka-broker/pom.xml}, resolved from
 * Maven Central by a Maven run of that pom on first use and cached in {@code
 * target/kafka-broker.classpath} (the {@code kafka.broker.classpath} property) until the pom
 * changes. The broker's jars (Scala, its own Jackson) never join the service's classpath.
 */
final class KafkaBrokerClasspath {

  private static final Path POM = Path.of("scripts/kafka-broker/pom.xml");

  private KafkaBrokerClasspath() {}

  static synchronized List<String> resolve() throws IOException {
    Path file =
        Path.of(System.getProperty("kafka.broker.classpath", "target/kafka-broker.classpath"))
            .toAbsolutePath();
    if (!Files.exists(file)
        || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(POM)) < 0) {
      write(file);
    }
    List<String> jars = Arrays.asList(Files.readString(file).strip().split(File.pathSeparator));
    for (String jar : jars) {
      if (!Files.exists(Path.of(jar))) {
        // The local repository was cleaned since: resolve again.
        write(file);
        return Arrays.asList(Files.readString(file).strip().split(File.pathSeparator));
      }
    }
    return jars;
  }

  private static void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    List<String> command = new ArrayList<>(maven());
    command.addAll(
        List.of(
            "-B",
            "-q",
            "-ntp",
            "-f",
            POM.toAbsolutePath().toString(),
            "dependency:build-classpath",
            "-Dmdep.outputFile=" + partial));
    String repo = System.getProperty("maven.repo.local");
    if (repo != null) {
      command.add("-Dmaven.repo.local=" + repo);
    }
    Path log = file.resolveSibling("kafka-broker-classpath.log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process maven = builder.start();
    try {
      if (!maven.waitFor(10, TimeUnit.MINUTES) || maven.exitValue() != 0) {
        maven.destroyForcibly();
        throw new IllegalStateException(
            "resolving the Kafka broker's jars failed: " + Files.readString(log));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Maven as the build runs it ({@code maven.home}), else the project's wrapper. */
  private static List<String> maven() {
    String home = System.getProperty("maven.home");
    if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
      return List.of(Path.of(home, "bin", "mvn").toString());
    }
    return List.of(Path.of("mvnw").toAbsolutePath().toString());
  }
}
