package io.skillscope.posting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two ingested postings the same posting: the sender's {@code externalId} when given,
 * otherwise the title, company and description normalised (case and runs of white space ignored)
 * and hashed, so a re-sent copy is found with one term lookup.
 */
final class IdempotencyKey {

  private IdempotencyKey() {}

  static String of(PostingDraft draft) {
    if (draft.externalId() != null && !draft.externalId().isBlank()) {
      return "ext:" + draft.externalId();
    }
    String content =
        normalise(draft.title())
            + '\u0000'
            + normalise(draft.company())
            + '\u0000'
            + normalise(draft.description());
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "sha:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static String normalise(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
