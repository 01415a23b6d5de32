package io.skillscope.extraction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the extraction endpoint. */
@ConfigMapping(prefix = "skillscope.extraction")
public interface ExtractionConfig {

  /** The longest text accepted, in characters; longer texts are refused with 413. */
  @WithDefault("100000")
  int maxChars();
}
