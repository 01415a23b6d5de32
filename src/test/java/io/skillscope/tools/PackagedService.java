package io.skillscope.tools;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged service ({@code target/quarkus-app}) run as its own process on a free loopback port,
 * with its store in {@code dir/data} and its output in {@code dir/server.log}, for the tools that
 * measure it over HTTP and the integration tests that kill it. Closing stops it with SIGTERM (a
 * clean shutdown) and deletes {@code dir}.
 */
public final class PackagedService implements AutoCloseable {

  private final Process process;
  private final Path dir;
  private final int port;

  private PackagedService(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  /**
   * Starts the jar in a new temporary directory and waits until it is ready.
   *
   * @param jvmOptions heap size and any other JVM option, e.g. a flight recording
   * @param properties more {@code -Dkey=value} settings for the service
   */
  public static PackagedService start(String name, List<String> jvmOptions, List<String> properties)
      throws Exception {
    Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException("no " + jar + ": run ./mvnw package first");
    }
    Path dir = Files.createTempDirectory(name);
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dskillscope.store.path=" + dir.resolve("data"));
    command.addAll(properties);
    command.addAll(List.of("-jar", jar.toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.log").toFile())
            .start();
    PackagedService service = new PackagedService(process, dir, port);
    try {
      service.waitReady();
    } catch (Exception e) {
      service.close();
      throw e;
    }
    return service;
  }

  public int port() {
    return port;
  }

  /** {@code http://127.0.0.1:port} followed by {@code path}. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  public long pid() {
    return process.pid();
  }

  /** The service's process, e.g. for its CPU time. */
  public Process process() {
    return process;
  }

  /** Where the service keeps its store. */
  public Path store() {
    return dir.resolve("data");
  }

  /** Kills the service with SIGKILL, as a crash would: nothing is flushed, nothing said goodbye. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    process.waitFor();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  private void waitReady() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 600; i++) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service exited; see " + dir.resolve("server.log"));
      }
      try {
        HttpResponse<Void> ready =
            http.send(
                HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the service was not ready in 60 s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
