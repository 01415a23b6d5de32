package io.skillscope.posting;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What ingesting a posting did. */
public enum IngestStatus {
  /** A new posting was stored. */
  CREATED,
  /** The same posting was already stored; nothing changed. */
  UNCHANGED,
  /** A posting with the same key had other content; it was replaced and re-extracted. */
  UPDATED;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
