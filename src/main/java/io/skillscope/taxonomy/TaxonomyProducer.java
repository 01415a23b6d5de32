package io.skillscope.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Loads the configured taxonomy once, at start-up; an invalid file stops the service. */
@ApplicationScoped
public class TaxonomyProducer {

  private static final Logger LOG = Logger.getLogger(TaxonomyProducer.class);

  @Produces
  @Singleton
  Taxonomy taxonomy(TaxonomyConfig config) {
    Taxonomy taxonomy =
        config
            .path()
            .map(TaxonomyLoader::load)
            .orElseGet(() -> TaxonomyLoader.loadResource(TaxonomyLoader.DEFAULT_RESOURCE));
    LOG.infof(
        "Taxonomy %s loaded from %s: %d skills",
        taxonomy.version(), taxonomy.source(), taxonomy.skills().size());
    return taxonomy;
  }
}
