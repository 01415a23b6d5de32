package io.skillscope.posting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability promise, end to end: the packaged service is killed with SIGKILL while several
 * clients ingest (one of them over an NDJSON stream), restarted on the same directory, and every
 * posting it acknowledged must be there and readable. Then a clean stop (SIGTERM) must keep them
 * too.
 */
class PostingCrashIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
  private static final Path TAXONOMY = Path.of("src/test/resources/posting/postings-taxonomy.yaml");
  private static final int CLIENTS = 4;
  private static final int ACKS_BEFORE_KILL = 300;

  @TempDir Path dir;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void everyAcknowledgedPostingSurvivesASigkillAndACleanStop() throws Exception {
    Path store = dir.resolve("store");
    Map<String, String> acked = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();

    Service service = Service.start(store, dir.resolve("run1.log"));
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.add(Thread.ofPlatform().start(() -> postOneByOne(service.port, client, acked, stop)));
    }
    clients.add(Thread.ofPlatform().start(() -> stream(service.port, acked, stop)));
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (acked.size() < ACKS_BEFORE_KILL && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    service.process.destroyForcibly().waitFor();
    stop.set(true);
    for (Thread t : clients) {
      t.join();
    }
    assertThat(acked)
        .as("postings acknowledged before the kill")
        .hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
    long streamed = acked.keySet().stream().filter(k -> k.startsWith("s-")).count();
    System.out.printf(
        "Killed with %d postings acknowledged, %d of them over the NDJSON stream%n",
        acked.size(), streamed);

    Service restarted = Service.start(store, dir.resolve("run2.log"));
    assertAllThere(restarted.port, acked);

    String extra = post(restarted.port, "clean-stop", "Docker.").path("id").asText();
    acked.put("clean-stop", extra);
    restarted.process.destroy();
    assertThat(restarted.process.waitFor()).as("exit code of a clean stop").isIn(0, 143);

    Service third = Service.start(store, dir.resolve("run3.log"));
    try {
      assertAllThere(third.port, acked);
    } finally {
      third.process.destroyForcibly().waitFor();
    }
  }

  private void assertAllThere(int port, Map<String, String> acked) throws Exception {
    List<String> missing = Collections.synchronizedList(new ArrayList<>());
    for (Map.Entry<String, String> e : acked.entrySet()) {
      HttpResponse<String> r = get(port, "/api/v1/postings/" + e.getValue());
      if (r.statusCode() != 200
          || !JSON.readTree(r.body()).path("externalId").asText().equals(e.getKey())) {
        missing.add(e.getKey() + " → " + r.statusCode());
      }
    }
    assertThat(missing).as("acknowledged postings missing after restart").isEmpty();
    JsonNode page = JSON.readTree(get(port, "/api/v1/postings?skill=python&size=1").body());
    assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(acked.size() - 1);
  }

  private void postOneByOne(int port, int client, Map<String, String> acked, AtomicBoolean stop) {
    for (int i = 0; !stop.get(); i++) {
      String ext = "c" + client + "-" + i;
      try {
        JsonNode answer = post(port, ext, "Python and SQL, posting " + ext + ".");
        if (answer.path("status").asText().equals("created")) {
          acked.put(ext, answer.path("id").asText());
        }
      } catch (IOException | InterruptedException e) {
        return;
      }
    }
  }

  /**
   * An endless chunked NDJSON body over a plain socket, read back while it is being sent (the JDK
   * HttpClient reads no answer before its body ends); each result line acknowledges one posting.
   */
  private void stream(int port, Map<String, String> acked, AtomicBoolean stop) {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/postings/stream HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      Thread reader = Thread.ofPlatform().start(() -> readResults(socket, acked));
      for (int i = 0; !stop.get(); i++) {
        byte[] line =
            ("{\"externalId\":\"s-"
                    + i
                    + "\",\"title\":\"Stream\",\"description\":\"Python, line "
                    + i
                    + ".\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(line.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(line);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
      reader.join();
    } catch (IOException | InterruptedException e) {
      // The service was killed mid-stream: the lines answered so far are what counts.
    }
  }

  /** Result lines from a chunked answer: lines that parse as JSON results, chunk sizes skipped. */
  private static void readResults(Socket socket, Map<String, String> acked) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        int brace = line.indexOf("{\"");
        if (brace < 0) {
          continue;
        }
        try {
          JsonNode result = JSON.readTree(line.substring(brace));
          if (result.path("status").asText().equals("created")) {
            acked.put("s-" + (result.path("line").asInt() - 1), result.path("id").asText());
          }
        } catch (IOException e) {
          // A result line split across two chunks: its posting simply does not count as
          // acknowledged.
        }
      }
    } catch (IOException e) {
      // Killed.
    }
  }

  private JsonNode post(int port, String ext, String description)
      throws IOException, InterruptedException {
    String body =
        JSON.writeValueAsString(
            Map.of("externalId", ext, "title", "Crash test", "description", description));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/postings"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The packaged service as a separate process, on a free port. */
  private record Service(Process process, int port) {

    static Service start(Path store, Path log) throws Exception {
      assertThat(JAR).as("the packaged service (run ./mvnw verify)").exists();
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx512m",
                  "-Dquarkus.http.port=" + port,
                  "-Dskillscope.store.path=" + store.toAbsolutePath(),
                  "-Dskillscope.taxonomy.path=" + TAXONOMY.toAbsolutePath(),
                  "-jar",
                  JAR.toAbsolutePath().toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      HttpClient client = HttpClient.newHttpClient();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new AssertionError("the service exited at start:\n" + Files.readString(log));
        }
        try {
          HttpResponse<Void> r =
              client.send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + port + "/api/v1/postings?size=1"))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
          if (r.statusCode() == 200) {
            return new Service(process, port);
          }
        } catch (IOException e) {
          Thread.sleep(100);
        }
      }
      process.destroyForcibly();
      throw new AssertionError("the service did not start within 60 s:\n" + Files.readString(log));
    }
  }
}
