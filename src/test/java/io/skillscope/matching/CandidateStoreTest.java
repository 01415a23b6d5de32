package io.skillscope.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateStoreTest {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private static CandidateProfile profile(String id, String resume, String... skills) {
    return new CandidateProfile(
        id,
        resume,
        Stream.of(skills).map(s -> new CandidateSkill(s, null, List.of())).toList(),
        Instant.parse("2026-11-24T00:00:00Z"));
  }

  /** Whether any file under {@code dir} holds {@code text} as UTF-8 bytes. */
  private static boolean onDisk(Path dir, String text) throws IOException {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
          for (int j = 0; j < needle.length; j++) {
            if (bytes[i + j] != needle[j]) {
              continue outer;
            }
          }
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void storesReadsAndSurvivesReopening(@TempDir Path dir) {
    try (CandidateStore store = CandidateStore.open(dir, JSON)) {
      store.put(profile("a", "Python and SQL.", "python", "sql"));
    }
    try (CandidateStore store = CandidateStore.open(dir, JSON)) {
      assertThat(store.get("a"))
          .hasValueSatisfying(p -> assertThat(p.resumeText()).isEqualTo("Python and SQL."));
      assertThat(store.get("b")).isEmpty();
    }
  }

  @Test
  void erasureRemovesTheResumeTextFromTheIndexFiles(@TempDir Path dir) throws IOException {
    // Lucene compresses stored fields (LZ4), which cuts a text into literal runs: look for its
    // rare words, each of which survives whole in some run.
    String secret = "Quillon Varga, tuned quasar-fitting pipelines at Ostrava Observatory";
    List<String> words = List.of("Quillon", "Varga", "quasar", "Ostrava", "Observatory");
    try (CandidateStore store = CandidateStore.open(dir, JSON)) {
      store.put(profile("keep", "A different person who writes Python.", "python"));
      store.put(profile("gone", secret, "python", "statistics"));
      assertThat(words.stream().filter(w -> onDiskUnchecked(dir, w)).count())
          .as("words of the résumé on disk before erasure")
          .isGreaterThanOrEqualTo(2);
      assertThat(store.erase("gone")).isTrue();
      assertThat(store.get("gone")).isEmpty();
      assertThat(store.get("keep")).isPresent();
      assertThat(words)
          .as("words of the résumé on disk after erasure")
          .noneMatch(w -> onDiskUnchecked(dir, w));
      assertThat(store.erase("gone")).isFalse();
    }
    assertThat(words).noneMatch(w -> onDiskUnchecked(dir, w));
  }

  private static boolean onDiskUnchecked(Path dir, String text) {
    try {
      return onDisk(dir, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void findsTheCandidatesWithTheMostWantedSkills(@TempDir Path dir) {
    try (CandidateStore store = CandidateStore.open(dir, JSON)) {
      store.put(profile("both", null, "python", "sql"));
      store.put(profile("one", null, "python"));
      store.put(profile("none", null, "docker"));
      assertThat(store.topBySkills(Map.of("python", 1f, "sql", 1f), 10))
          .extracting(CandidateProfile::id)
          .containsExactly("both", "one");
    }
  }
}
