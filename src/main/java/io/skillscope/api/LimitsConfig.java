package io.skillscope.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Protective limits of the HTTP edge. */
@ConfigMapping(prefix = "skillscope.limits")
public interface LimitsConfig {

  /**
   * Requests under way at once on {@code /api}; beyond it a request is refused with 503 and {@code
   * Retry-After} instead of queueing until memory runs out.
   */
  @WithDefault("256")
  int maxInFlight();

  /** What {@code Retry-After} tells a refused client. */
  @WithDefault("1s")
  Duration retryAfter();

  /**
   * The largest request body, in bytes, announced by {@code Content-Length}; larger is a 413
   * problem. The NDJSON stream endpoint is exempt: it is read as it arrives.
   */
  @WithDefault("16777216")
  long maxBodyBytes();
}
