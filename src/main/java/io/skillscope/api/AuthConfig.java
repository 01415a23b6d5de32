package io.skillscope.api;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Set;

/**
 * Optional API keys. With none configured the API is open (and says so once at start-up). Set them
 * as {@code skillscope.auth.keys.NAME.key} and {@code skillscope.auth.keys.NAME.roles}, or as
 * environment variables {@code SKILLSCOPE_AUTH_KEYS_NAME_KEY} / {@code ..._ROLES}.
 */
@ConfigMapping(prefix = "skillscope.auth")
public interface AuthConfig {

  /** The keys, by a name that appears in logs instead of the key. */
  Map<String, ApiKey> keys();

  /** One key and what it may do. */
  interface ApiKey {

    /** The secret a client sends as {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}. */
    String key();

    /**
     * Roles: {@code read} (GET, extract, match), {@code ingest} (write postings and candidates),
     * {@code admin}.
     */
    Set<Role> roles();
  }

  /** What a key may do. */
  enum Role {
    read,
    ingest,
    admin
  }
}
