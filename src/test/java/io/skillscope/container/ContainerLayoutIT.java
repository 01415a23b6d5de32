package io.skillscope.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container's runtime, without a Docker engine: the packaged fast-jar started as the Dockerfile
 * starts it (same command line, same environment variables, a {@code /data}-like directory, JVM
 * sized by percentage), then probed as the HEALTHCHECK probes it, used, stopped with SIGTERM as
 * {@code docker stop} does, and started again on the same directory.
 */
class ContainerLayoutIT {

  private static final Path APP = Path.of("target/quarkus-app");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void runsFromTheFastJarLayoutWithTheContainersConfigurationAndSurvivesAStop(@TempDir Path root)
      throws Exception {
    for (String part : List.of("quarkus-run.jar", "lib", "app", "quarkus")) {
      assertThat(APP.resolve(part)).as("fast-jar layout (what the Dockerfile copies)").exists();
    }
    Dockerfile dockerfile = Dockerfile.read(Path.of("Dockerfile"));
    assertThat(dockerfile.env()).containsKeys("SKILLSCOPE_STORE_PATH", "JAVA_OPTS");
    Path data = root.resolve("data");
    Files.createDirectories(data);

    int port = freePort();
    Process first = start(dockerfile, data, port, root.resolve("first.log"));
    String id;
    try {
      JsonNode health = JSON.readTree(get(port, "/q/health/ready").body());
      assertThat(health.path("status").asText()).isEqualTo("UP");

      HttpResponse<String> created =
          post(
              port,
              "/api/v1/postings",
              Map.of(
                  "externalId",
                  "container-1",
                  "title",
                  "ML Engineer",
                  "company",
                  "Acme",
                  "description",
                  "Requirements: 3+ years of Python and PyTorch; Docker and Kubernetes a plus."));
      assertThat(created.statusCode()).isEqualTo(201);
      id = JSON.readTree(created.body()).path("id").asText();
      assertThat(get(port, "/q/metrics").body()).contains("http_server_requests_seconds_count");
    } finally {
      first.destroy();
    }
    assertThat(first.waitFor(30, TimeUnit.SECONDS))
        .as("stops on SIGTERM within the grace period")
        .isTrue();
    // The JVM reports SIGTERM as 128 + 15 once its shutdown hooks (Quarkus's graceful stop) ran.
    assertThat(first.exitValue()).as("exit after a graceful stop").isIn(0, 143);
    assertThat(Files.readString(root.resolve("first.log"))).doesNotContain("Exception");

    Process second = start(dockerfile, data, freePort(), root.resolve("second.log"));
    try {
      int port2 = portOf(second);
      HttpResponse<String> again = get(port2, "/api/v1/postings/" + id);
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(again.body()).path("skills").findValuesAsText("id"))
          .contains("python", "pytorch");
    } finally {
      second.destroy();
      second.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private final Map<Process, Integer> ports = new java.util.HashMap<>();

  private int portOf(Process process) {
    return ports.get(process);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Starts the jar the way the Dockerfile's ENTRYPOINT does, with its ENV. */
  private Process start(Dockerfile dockerfile, Path data, int port, Path log) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : dockerfile.env().get("JAVA_OPTS").split("\\s+")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    command.add("-jar");
    command.add(APP.resolve("quarkus-run.jar").toAbsolutePath().toString());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(APP.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(dockerfile.env());
    // The container's /data, and a loopback port instead of the container's 8080.
    builder.environment().put("SKILLSCOPE_STORE_PATH", data.toAbsolutePath().toString());
    builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
    Process process = builder.start();
    ports.put(process, port);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("the service exited at start:\n" + Files.readString(log));
      }
      try {
        if (get(port, "/q/health/ready").statusCode() == 200) {
          return process;
        }
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    process.destroyForcibly();
    throw new AssertionError("not ready within 60 s:\n" + Files.readString(log));
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(int port, String path, Object body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The runtime stage of the Dockerfile: its ENV values, read so the test and the image agree. */
  record Dockerfile(Map<String, String> env) {

    static Dockerfile read(Path file) throws IOException {
      List<String> lines = Files.readAllLines(file);
      int runtime = 0;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("FROM ")) {
          runtime = i;
        }
      }
      StringBuilder env = new StringBuilder();
      boolean inEnv = false;
      for (String line : lines.subList(runtime, lines.size())) {
        if (line.startsWith("ENV ")) {
          inEnv = true;
          line = line.substring(4);
        }
        if (inEnv) {
          boolean continues = line.endsWith("\\");
          env.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
          inEnv = continues;
        }
      }
      Map<String, String> values = new java.util.LinkedHashMap<>();
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("([A-Z_]+)=(\"([^\"]*)\"|(\\S+))").matcher(env);
      while (m.find()) {
        values.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(4));
      }
      return new Dockerfile(values);
    }
  }
}
