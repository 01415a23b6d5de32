package io.skillscope.api;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The configured API keys. Keys are kept and compared as SHA-256 digests with {@link
 * MessageDigest#isEqual}, in constant time, and every key is compared so the time does not tell
 * which one nearly matched. Keys are never logged; their names are. Thread-safe (immutable).
 */
@ApplicationScoped
public class ApiKeys {

  private static final Logger LOG = Logger.getLogger(ApiKeys.class);

  /**
   * A configured key.
   *
   * @param name its name, safe to show
   * @param digest SHA-256 of the key
   * @param roles what it may do
   */
  record Known(String name, byte[] digest, Set<AuthConfig.Role> roles) {}

  private final List<Known> keys = new ArrayList<>();

  public ApiKeys(AuthConfig config) {
    config
        .keys()
        .forEach(
            (name, key) ->
                keys.add(
                    new Known(
                        name,
                        digest(key.key()),
                        key.roles().isEmpty()
                            ? EnumSet.noneOf(AuthConfig.Role.class)
                            : EnumSet.copyOf(key.roles()))));
  }

  void onStart(@Observes StartupEvent event) {
    if (keys.isEmpty()) {
      LOG.warn(
          "No API keys configured (skillscope.auth.keys): the API is open to anyone who can reach it.");
    } else {
      LOG.infof("API keys required on /api: %d configured", keys.size());
    }
  }

  /** Whether no keys are configured. */
  boolean open() {
    return keys.isEmpty();
  }

  /** The key the client presented, or null when it is not known. */
  Known find(String presented) {
    byte[] digest = digest(presented);
    Known found = null;
    for (Known known : keys) {
      if (MessageDigest.isEqual(known.digest(), digest) && found == null) {
        found = known;
      }
    }
    return found;
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
