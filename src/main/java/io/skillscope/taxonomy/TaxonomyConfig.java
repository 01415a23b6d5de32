package io.skillscope.taxonomy;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Where the taxonomy comes from. */
@ConfigMapping(prefix = "skillscope.taxonomy")
public interface TaxonomyConfig {

  /**
   * A taxonomy file to use instead of the embedded default ({@code models/taxonomy.yaml} on the
   * classpath). The service does not start when the file is invalid.
   */
  Optional<Path> path();
}
