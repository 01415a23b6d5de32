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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/extract}: the skills a text names, without storing anything. */
@Path("/api/v1/extract")
@Tag(name = "Extraction", description = "The skills a text names, without storing anything")
@Produces(MediaType.APPLICATION_JSON)
public class ExtractResource {

  private final SkillExtractor extractor;
  private final ExtractionConfig config;
  private final Timer extractionTime;

  public ExtractResource(
      SkillExtractor extractor, ExtractionConfig config, MeterRegistry registry) {
    this.extractor = extractor;
    this.config = config;
    this.extractionTime =
        Timer.builder("skillscope.extraction")
            .description("Time to extract the skills of one text")
            .register(registry);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Extract the skills of a posting",
      description =
          "Tags the text against the taxonomy: each skill with its level (required, preferred, other), "
              + "minimum years, evidence and character offsets into the text. Nothing is stored.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "jy-ml-000116",
                      value = ApiExamples.EXTRACT_JSON,
                      description =
                          "Excerpt of real posting jy-ml-000116 (MD Anderson Cancer Center)")))
  @APIResponse(responseCode = "200", description = "The skills found, in text order")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(
      responseCode = "413",
      description = "Text over skillscope.extraction.max-chars, or body too large",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = {
                @ExampleObject(name = "text-too-long", value = ApiExamples.PROBLEM_TEXT_TOO_LONG),
                @ExampleObject(name = "body-too-large", value = ApiExamples.PROBLEM_BODY_TOO_LARGE)
              }))
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  public ExtractResponse extract(
      @NotNull(message = "a JSON body is required") @Valid ExtractRequest request) {
    return run(request.text());
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Operation(
      summary = "Extract the skills of a plain-text posting",
      description = "The same as the JSON form, for a body that is the posting text itself.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.TEXT_PLAIN,
              examples =
                  @ExampleObject(
                      name = "dsp-000000",
                      value = ApiExamples.EXTRACT_PLAIN,
                      description = "Excerpt of real posting dsp-000000 (Tecolote Research)")))
  @APIResponse(responseCode = "200", description = "The skills found, in text order")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(
      responseCode = "413",
      description = "Text over skillscope.extraction.max-chars, or body too large",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = {
                @ExampleObject(name = "text-too-long", value = ApiExamples.PROBLEM_TEXT_TOO_LONG),
                @ExampleObject(name = "body-too-large", value = ApiExamples.PROBLEM_BODY_TOO_LARGE)
              }))
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
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
          "The text has "
              + text.length()
              + " characters; the limit is "
              + config.maxChars()
              + " (skillscope.extraction.max-chars).");
    }
    Extraction extraction = extractor.extract(text);
    extractionTime.record(extraction.tookNanos(), TimeUnit.NANOSECONDS);
    return ExtractResponse.of(extraction);
  }
}
