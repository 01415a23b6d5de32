package io.skillscope.posting;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * What makes two ingested postings the same posting: the sender's {@code externalId} when given,
 * otherwise the title, company and description normalised (case and runs of white space ignored)
 * and hashed, so a re-sent copy is found with one term lookup.
 */
final class IdempotencyKey {

  /** The namespace of posting ids (a random UUID, fixed once): ids of ours, not of another name. */
  private static final byte[] ID_NAMESPACE =
      HexFormat.of().parseHex("6f2b1c3e9a4d4e0b8c5f2d7a1e3b9c40");

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

  /**
   * The id of the posting with this key: a name-based UUID (version 5, RFC 9562) of the key, so
   * every replica and every store that takes the same posting gives it the same id, and a copy
   * delivered twice (by Kafka, to two consumers) can only replace the first, never sit beside it.
   */
  static String documentId(String key) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(ID_NAMESPACE);
      byte[] hash = sha1.digest(key.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
      return new UUID(bits.getLong(), bits.getLong()).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }

  static String normalise(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
