package io.skillscope.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Checks that a stream of any length is ingested in flat memory ({@code ./mvnw -Pstream-memory
 * exec:exec} after {@code package}): starts the packaged service with a small heap ({@code
 * -Dstream.heap}, default 384m) on a fresh store, sends {@code -Dstream.mb} (default 1024) of
 * NDJSON to {@code POST /api/v1/postings/stream} as one chunked body generated on the fly (corpus
 * postings under new externalIds), reads the answer as it streams, and samples the service's heap
 * (from its own {@code /q/metrics}) and resident memory while it runs. Prints the samples, the
 * summary line and the rate. A service that held the body, or the results, would run out of its
 * heap.
 */
public final class StreamMemoryCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    long bytes = Long.getLong("stream.mb", 1024) << 20;
    String heap = System.getProperty("stream.heap", "384m");
    List<byte[]> lines = new ArrayList<>();
    for (Corpus.Posting p : Corpus.postings()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("externalId", "");
      body.put("title", p.title().isBlank() ? "(untitled)" : p.title());
      body.put("company", p.company());
      body.put("description", p.description());
      lines.add(JSON.writeValueAsBytes(body));
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (PackagedService service =
        PackagedService.start(
            "skillscope-stream-memory",
            List.of("-Xmx" + heap),
            List.of("-Dquarkus.http.access-log.enabled=false"))) {
      int port = service.port();
      Body body = new Body(lines, bytes);
      Sampler sampler = new Sampler(http, port, service.pid(), body);
      sampler.start();
      long t0 = System.nanoTime();
      // -Dstream.client=jdk: java.net.http.HttpClient, which reads only after sending everything
      Answer answer =
          System.getProperty("stream.client", "duplex").equals("jdk")
              ? sendWithHttpClient(http, port, body)
              : Duplex.post(port, "/api/v1/postings/stream", body);
      double seconds = (System.nanoTime() - t0) / 1e9;
      sampler.interrupt();
      sampler.join();
      System.out.printf(
          Locale.ROOT,
          "%nHTTP %d; %,d MB in %,d lines sent in %.0f s (%,.0f postings/s); %,d answer lines;"
              + " service -Xmx%s%n",
          answer.status(),
          body.sent.get() >> 20,
          body.lines,
          seconds,
          body.lines / seconds,
          answer.lines(),
          heap);
      System.out.println("Last line: " + answer.last());
      System.out.printf(
          Locale.ROOT,
          "Heap used: max %,d MB; resident memory: max %,d MB%n",
          sampler.maxHeap >> 20,
          sampler.maxRss >> 20);
      JsonNode summary = JSON.readTree(answer.last()).path("summary");
      if (answer.status() != 200 || summary.path("lines").asLong() != body.lines) {
        throw new IllegalStateException("the stream was not ingested whole");
      }
    }
  }

  private static Answer sendWithHttpClient(HttpClient http, int port, InputStream body)
      throws IOException, InterruptedException {
    HttpResponse<Stream<String>> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/postings/stream"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    long lines = 0;
    String last = "";
    for (String line : (Iterable<String>) response.body()::iterator) {
      lines++;
      last = line;
    }
    return new Answer(response.statusCode(), lines, last);
  }

  /** Status, line count and last line of a streamed answer. */
  private record Answer(int status, long lines, String last) {}

  /** HTTP/1.1 POST with a chunked body, sent by one thread while this one reads the answer. */
  private static final class Duplex {
    static Answer post(int port, String path, InputStream body) throws Exception {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
        java.io.OutputStream out =
            new java.io.BufferedOutputStream(socket.getOutputStream(), 1 << 16);
        out.write(
            ("POST "
                    + path
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Thread sender =
            Thread.ofPlatform()
                .start(
                    () -> {
                      byte[] buffer = new byte[1 << 16];
                      try {
                        int n;
                        while ((n = body.read(buffer, 0, buffer.length)) > 0) {
                          out.write(
                              (Integer.toHexString(n) + "\r\n")
                                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                          out.write(buffer, 0, n);
                          out.write('\r');
                          out.write('\n');
                        }
                        out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                        out.flush();
                      } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                      }
                    });
        java.io.DataInputStream in =
            new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
          chunked |= header.toLowerCase(Locale.ROOT).startsWith("transfer-encoding: chunked");
        }
        if (!chunked) {
          throw new IllegalStateException("expected a chunked answer, got " + statusLine);
        }
        long lines = 0;
        StringBuilder current = new StringBuilder();
        String last = "";
        for (int size = Integer.parseInt(line(in).strip(), 16);
            size > 0;
            size = Integer.parseInt(line(in).strip(), 16)) {
          byte[] data = new byte[size];
          in.readFully(data);
          line(in);
          for (byte b : data) {
            if (b == '\n') {
              lines++;
              last = current.toString();
              current.setLength(0);
            } else {
              current.append((char) (b & 0xff));
            }
          }
        }
        sender.join();
        return new Answer(status, lines, last);
      }
    }

    /** One CRLF-terminated line, without its terminator. */
    private static String line(java.io.DataInputStream in) throws IOException {
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = in.read()) != -1 && c != '\n') {
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }
  }

  /** NDJSON generated on the fly: corpus postings in turn, each under a new externalId. */
  private static final class Body extends InputStream {
    private final List<byte[]> postings;
    private final long limit;
    private final AtomicLong sent = new AtomicLong();
    private volatile long lines;
    private byte[] line = new byte[0];
    private int at;

    Body(List<byte[]> postings, long limit) {
      this.postings = postings;
      this.limit = limit;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at == line.length) {
        if (sent.get() >= limit) {
          return -1;
        }
        // {"externalId":"", ...} with the id filled in.
        byte[] template = postings.get((int) (lines % postings.size()));
        byte[] id = ("mem-" + lines).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int split = "{\"externalId\":\"".length();
        line = new byte[template.length + id.length + 1];
        System.arraycopy(template, 0, line, 0, split);
        System.arraycopy(id, 0, line, split, id.length);
        System.arraycopy(template, split, line, split + id.length, template.length - split);
        line[line.length - 1] = '\n';
        at = 0;
        lines++;
      }
      int n = Math.min(len, line.length - at);
      System.arraycopy(line, at, b, off, n);
      at += n;
      sent.addAndGet(n);
      return n;
    }
  }

  /** Samples the service's heap (its own metrics) and resident memory every two seconds. */
  private static final class Sampler extends Thread {
    private final HttpClient http;
    private final int port;
    private final long pid;
    private final Body body;
    private long maxHeap;
    private long maxRss;

    Sampler(HttpClient http, int port, long pid, Body body) {
      this.http = http;
      this.port = port;
      this.pid = pid;
      this.body = body;
      setDaemon(true);
    }

    @Override
    public void run() {
      System.out.println("| MB sent | heap used MB | resident MB |");
      System.out.println("|---:|---:|---:|");
      long lastPrinted = -1;
      while (!isInterrupted()) {
        try {
          long heap = heapUsed();
          long rss = rss();
          maxHeap = Math.max(maxHeap, heap);
          maxRss = Math.max(maxRss, rss);
          long mb = body.sent.get() >> 20;
          if (mb / 64 != lastPrinted) {
            lastPrinted = mb / 64;
            System.out.printf(Locale.ROOT, "| %,d | %,d | %,d |%n", mb, heap >> 20, rss >> 20);
          }
          Thread.sleep(2000);
        } catch (InterruptedException e) {
          return;
        } catch (IOException e) {
          // a sample missed; try again
        }
      }
    }

    private long heapUsed() throws IOException, InterruptedException {
      String metrics =
          http.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      long used = 0;
      for (String line : metrics.split("\n")) {
        if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
          used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
      return used;
    }

    private long rss() throws IOException {
      Path status = Path.of("/proc", Long.toString(pid), "status");
      if (!Files.exists(status)) {
        return 0;
      }
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) << 10;
        }
      }
      return 0;
    }
  }

  private StreamMemoryCheck() {}
}
