package io.skillscope.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A real Kafka broker for tests and tools: one KRaft process (broker and controller in one) on
 * loopback and free ports, run from the Maven Central jars ({@link KafkaBrokerClasspath}) with its
 * files under {@code target/kafka-brokers/NAME/}.
 *
 * <pre>{@code
 * try (KafkaBroker broker = KafkaBroker.start()) {
 *   broker.createTopic("skillscope.postings", 4);
 *   ... kafka.bootstrap.servers=broker.bootstrap() ...
 * }
 * }</pre>
 *
 * <p>{@link #shared()} is the one broker of a test JVM, started on first use and stopped when the
 * JVM exits; tests that share it use topics and groups of their own. The broker runs under a bash
 * watchdog whose standard input is a pipe from this JVM, so it stops also when this JVM is killed
 * or a test fails. {@link #stop()} and {@link #restart()} take it down and bring it back on the
 * same ports and data, for tests of an outage ({@link #kill()} for a crash). {@code
 * -Dkafka.keep=true} keeps its directory.
 *
 * <p>Not thread-safe, except {@link #shared()}.
 */
public final class KafkaBroker implements AutoCloseable {

  /** Runs the broker in the background until stdin ends or a signal comes, then stops it. */
  private static final String WATCHDOG =
      """
      "$JAVA" "$@" </dev/null &
      broker=$!
      trap 'kill -TERM $broker 2>/dev/null' TERM INT HUP
      read -r _ || true
      kill -TERM $broker 2>/dev/null
      wait $broker
      """;

  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
  private static KafkaBroker shared;

  private final Path dir;
  private final int port;
  private final int controllerPort;
  private final List<String> classpath;
  private Process process;
  private OutputStream lifeline;

  private KafkaBroker(Path dir, int port, int controllerPort, List<String> classpath) {
    this.dir = dir;
    this.port = port;
    this.controllerPort = controllerPort;
    this.classpath = classpath;
  }

  /** The broker this JVM's tests share, started on first call. */
  public static synchronized KafkaBroker shared() {
    if (shared == null) {
      shared = start();
      KafkaBroker started = shared;
      Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(started::close));
    }
    return shared;
  }

  /** Formats a new broker's storage, starts it and waits until it answers. */
  public static KafkaBroker start() {
    try {
      String name = "broker-" + UUID.randomUUID().toString().substring(0, 8);
      Path dir =
          Path.of(System.getProperty("kafka.brokers.dir", "target/kafka-brokers"))
              .toAbsolutePath()
              .resolve(name);
      Files.createDirectories(dir);
      KafkaBroker broker =
          new KafkaBroker(dir, freePort(), freePort(), KafkaBrokerClasspath.resolve());
      broker.writeConfig();
      broker.format();
      broker.launch();
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a Kafka broker", e);
    }
  }

  /** {@code 127.0.0.1:PORT}, for {@code kafka.bootstrap.servers}. */
  public String bootstrap() {
    return "127.0.0.1:" + port;
  }

  /** An admin client of this broker; the caller closes it. */
  public Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap(),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            30_000));
  }

  /** Creates a topic with this many partitions (replication factor 1) and waits for it. */
  public void createTopic(String topic, int partitions) {
    try (Admin admin = admin()) {
      admin
          .createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("cannot create topic " + topic + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Stops the broker (SIGTERM; SIGKILL after 30 s), keeping its data: an outage. */
  public void stop() {
    if (process == null) {
      return;
    }
    try {
      lifeline.close();
    } catch (IOException e) {
      // The watchdog is gone already; the waits below still apply.
    }
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    process = null;
  }

  /** Kills the broker (SIGKILL), keeping its data: a crash. */
  public void kill() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /** Starts the stopped broker again on the same ports and data. */
  public void restart() {
    stop();
    try {
      launch();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restart the Kafka broker", e);
    }
  }

  /** Stops the broker and deletes its files (unless {@code -Dkafka.keep=true}). */
  @Override
  public void close() {
    stop();
    if (Boolean.getBoolean("kafka.keep")) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // Left for the next clean; nothing depends on it.
    }
  }

  private void writeConfig() throws IOException {
    String config =
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs=" + dir.resolve("data"),
            // One broker: every internal topic with one replica, or consumers wait for ever.
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=4",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            // Tests start consumers one after another; no reason to wait for more to join.
            "group.initial.rebalance.delay.ms=0",
            "num.partitions=4",
            "");
    Files.writeString(dir.resolve("server.properties"), config);
    Files.writeString(
        dir.resolve("log4j2.properties"),
        String.join(
            "\n",
            "rootLogger.level=INFO",
            "rootLogger.appenderRef.console.ref=console",
            "appender.console.type=Console",
            "appender.console.name=console",
            "appender.console.layout.type=PatternLayout",
            "appender.console.layout.pattern=%d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n",
            "logger.kafka.name=kafka",
            "logger.kafka.level=WARN",
            "logger.apache.name=org.apache.kafka",
            "logger.apache.level=WARN",
            ""));
  }

  /** Formats the storage with a new cluster id (16 random bytes, as Kafka's own tool makes one). */
  private void format() throws IOException {
    String clusterId = clusterId(new SecureRandom());
    List<String> command = new ArrayList<>(java());
    command.addAll(
        List.of(
            "kafka.tools.StorageTool",
            "format",
            "-t",
            clusterId,
            "-c",
            dir.resolve("server.properties").toString()));
    Process format =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("format.log").toFile())
            .start();
    try {
      if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
        format.destroyForcibly();
        throw new IllegalStateException(
            "formatting the Kafka storage failed: " + Files.readString(dir.resolve("format.log")));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * A new cluster id: 16 random bytes, base64url. One id in 64 starts with '-', which the storage
   * tool would read as an option, so such ids are drawn again (as Kafka's own random-uuid does).
   */
  static String clusterId(java.util.Random random) {
    byte[] id = new byte[16];
    String clusterId;
    do {
      random.nextBytes(id);
      clusterId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    } while (clusterId.startsWith("-"));
    return clusterId;
  }

  private void launch() throws IOException {
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of("env", "JAVA=" + javaBinary(), "bash", "-c", WATCHDOG, "kafka-watchdog"));
    command.addAll(java().subList(1, java().size()));
    command.add("kafka.Kafka");
    command.add(dir.resolve("server.properties").toString());
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("console.log").toFile()))
            .start();
    lifeline = process.getOutputStream();
    awaitReady();
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    // First the port (quietly: a client logs every refused connection), then the broker's answer.
    while (!listening() && System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the Kafka broker exited:\n" + consoleTail());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000))) {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the Kafka broker exited:\n" + consoleTail());
        }
        try {
          if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
          // not answering yet
        }
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    stop();
    throw new IllegalStateException("the Kafka broker did not answer in time:\n" + consoleTail());
  }

  private boolean listening() {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private String consoleTail() {
    try {
      List<String> lines = Files.readAllLines(dir.resolve("console.log"), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no console log: " + e.getMessage() + ")";
    }
  }

  /** The java command with the broker's classpath, heap and logging. */
  private List<String> java() {
    return List.of(
        javaBinary(),
        "-Xms128m",
        "-Xmx" + System.getProperty("kafka.heap", "384m"),
        "-XX:+UseSerialGC",
        "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
        "-cp",
        String.join(java.io.File.pathSeparator, classpath));
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
