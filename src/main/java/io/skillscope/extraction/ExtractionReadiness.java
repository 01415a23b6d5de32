package io.skillscope.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the pipeline is built: OpenNLP models loaded, taxonomy valid, dictionary compiled. The
 * pipeline is built at start-up, so this mostly reports what it was built from.
 */
@Readiness
@ApplicationScoped
public class ExtractionReadiness implements HealthCheck {

  private final SkillExtractor extractor;

  public ExtractionReadiness(SkillExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("extraction")
        .withData("taxonomyVersion", extractor.taxonomy().version())
        .withData("skills", extractor.taxonomy().skills().size())
        .up()
        .build();
  }
}
