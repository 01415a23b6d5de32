package io.skillscope.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.skillscope.extraction.Extraction;
import io.skillscope.extraction.ExtractionConfig;
import io.skillscope.extraction.SkillExtractor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.TimeUnit;

/** {@code POST /api/v1/extract}: the skills a text names, without storing anything. */
@Path("/api/v1/extract")
@Produces(MediaType.APPLICATION_JSON)
public class ExtractResource {

  private final SkillExtractor extractor;
  private final ExtractionConfig config;
  private final Timer extractionTime;

  public ExtractResource(SkillExtractor extractor, ExtractionConfig config, MeterRegistry registry) {
    this.extractor = extractor;
    this.config = config;
    this.extractionTime =
        Timer.builder("skillscope.extraction").description("Time to extract the skills of one text").register(registry);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public ExtractResponse extract(@NotNull(message = "a JSON body is required") @Valid ExtractRequest request) {
    return run(request.text());
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  public ExtractResponse extractPlain(String body) {
    if (body == null || body.isBlank()) {
      throw ProblemException.invalid("body", "must not be blank");
    }
    return run(body);
  }

  private ExtractResponse run(String text) {
    if (text.length() > config.maxChars()) {
      throw new ProblemException(
          413,
          "text-too-long",
          "Text too long",
          "The text has " + text.length() + " characters; the limit is " + config.maxChars()
              + " (skillscope.extraction.max-chars).");
    }
    Extraction extraction = extractor.extract(text);
    extractionTime.record(extraction.tookNanos(), TimeUnit.NANOSECONDS);
    return ExtractResponse.of(extraction);
  }
}
