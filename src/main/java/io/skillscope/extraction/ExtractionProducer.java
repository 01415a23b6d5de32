package io.skillscope.extraction;

import io.quarkus.runtime.Startup;
import io.skillscope.taxonomy.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Builds the pipeline once at start-up (models loaded, dictionary compiled), so the first request
 * is as fast as the rest and a bad taxonomy stops the service before it listens.
 */
@ApplicationScoped
public class ExtractionProducer {

  @Produces
  @Singleton
  @Startup
  SkillExtractor extractor(Taxonomy taxonomy) {
    return SkillExtractor.create(taxonomy, OpenNlpModels.load());
  }
}
