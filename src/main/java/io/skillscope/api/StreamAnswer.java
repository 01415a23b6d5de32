package io.skillscope.api;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * The answer of an NDJSON stream, written line by line while the client reads it, and spilled to a
 * temporary file from the moment it does not.
 *
 * <p>The service answers each chunk of a stream while the body is still coming. A client that reads
 * only after sending its whole body ({@code java.net.http.HttpClient}, Python {@code requests})
 * stops reading; once the socket buffers are full a blocking write would wait for it while it waits
 * for us to read its body, and both would hang. So before each line the answer asks whether the
 * connection can take it without blocking ({@code clientReading}); from the first "no", the rest of
 * the answer goes to a temporary file, in order, and is sent after the last line of the body.
 * Memory stays flat either way; the file holds about 100 bytes a posting.
 *
 * <p>Not thread-safe: one request thread writes it.
 */
final class StreamAnswer implements Closeable {

  private final Writer client;
  private final BooleanSupplier clientReading;
  private Path spillFile;
  private BufferedWriter spill;

  /**
   * @param client the response, unbuffered or flushed by this class after each line
   * @param clientReading whether the connection takes more now without blocking
   */
  StreamAnswer(Writer client, BooleanSupplier clientReading) {
    this.client = client;
    this.clientReading = clientReading;
  }

  /** Sends one line (without its newline) now, or spills it when the client is not reading. */
  void line(String line) throws IOException {
    if (spill == null && clientReading.getAsBoolean()) {
      // One line a write: a write the connection accepted when checked never blocks.
      client.write(line);
      client.write('\n');
      client.flush();
      return;
    }
    if (spill == null) {
      spillFile = Files.createTempFile("skillscope-stream-answer-", ".ndjson");
      spill = Files.newBufferedWriter(spillFile, StandardCharsets.UTF_8);
    }
    spill.write(line);
    spill.write('\n');
  }

  /** Whether part of the answer waits in the spill file. */
  boolean spilled() {
    return spill != null;
  }

  /**
   * After the body's last line: sends what was spilled, in order, then {@code last}. The client has
   * sent everything by now, so it reads, and blocking writes are safe.
   */
  void finish(String last) throws IOException {
    if (spill != null) {
      spill.close();
      try (BufferedReader spilled = Files.newBufferedReader(spillFile, StandardCharsets.UTF_8)) {
        spilled.transferTo(client);
      }
    }
    client.write(last);
    client.write('\n');
    client.flush();
  }

  /** Deletes the spill file, if any. */
  @Override
  public void close() throws IOException {
    if (spill != null) {
      spill.close();
      Files.deleteIfExists(spillFile);
    }
  }
}
