package io.skillscope.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A stream whose client stops reading (it sends its whole body first) gets the rest of its answer
 * after its last line, complete and in order, instead of hanging.
 */
@QuarkusTest
@TestProfile(PostingsTestProfile.class)
class StreamAnswerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject PostingIngest ingest;

  @Test
  void aClientThatStopsReadingGetsTheRestOfTheAnswerInOrderAfterItsLastLine() throws Exception {
    String ext = "spill-" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    int lines = 300;
    for (int i = 0; i < lines; i++) {
      body.append(
              JSON.writeValueAsString(
                  Map.of(
                      "externalId", ext + "-" + i, "title", "Engineer", "description", "Python.")))
          .append('\n');
    }
    // The connection takes the first 70 answer lines, then reports itself full for good.
    AtomicInteger asked = new AtomicInteger();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Path> before = spillFiles();

    ingest.stream(
        new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)),
        out,
        () -> asked.incrementAndGet() <= 70);

    List<JsonNode> answer = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      answer.add(JSON.readTree(line));
    }
    assertThat(asked.get()).isGreaterThan(70);
    assertThat(answer).hasSize(lines + 1);
    for (int i = 0; i < lines; i++) {
      assertThat(answer.get(i).path("line").asInt()).isEqualTo(i + 1);
      assertThat(answer.get(i).path("status").asText()).isEqualTo("created");
    }
    assertThat(answer.get(lines).path("summary").path("created").asInt()).isEqualTo(lines);
    // The spill file is gone once the answer is sent.
    assertThat(spillFiles()).containsExactlyInAnyOrderElementsOf(before);
  }

  private static List<Path> spillFiles() throws Exception {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("skillscope-stream-answer-"))
          .toList();
    }
  }
}
