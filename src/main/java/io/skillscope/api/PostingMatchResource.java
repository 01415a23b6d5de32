package io.skillscope.api;

import io.skillscope.matching.MatchResult;
import io.skillscope.matching.MatchService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * {@code POST /api/v1/postings/{id}/match}: how well a candidate fits one posting, skill by skill.
 * Its own class because JAX-RS picks the resource class by path before the method.
 */
@Path("/api/v1/postings/{id}/match")
@Tag(name = "Matching")
@Produces(MediaType.APPLICATION_JSON)
public class PostingMatchResource {

  private final MatchService matching;
  private final MatchRequests requests;

  public PostingMatchResource(MatchService matching, MatchRequests requests) {
    this.matching = matching;
    this.requests = requests;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Match a candidate against one posting",
      description =
          "Skill by skill: matched, missing or weaker than asked, the score and what would raise it.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(
                    name = "stored",
                    value = ApiExamples.MATCH_BY_ID,
                    description = "A stored candidate"),
                @ExampleObject(
                    name = "inline",
                    value = ApiExamples.MATCH,
                    description = "A made-up ML engineer (the filters are ignored here)")
              }))
  @APIResponse(responseCode = "200", description = "The explained match")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(
      responseCode = "404",
      description = "No posting, or no candidate, has this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = {
                @ExampleObject(name = "posting", value = ApiExamples.PROBLEM_POSTING_NOT_FOUND),
                @ExampleObject(name = "candidate", value = ApiExamples.PROBLEM_CANDIDATE_NOT_FOUND)
              }))
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  public MatchResult match(
      @Parameter(
              description = "Posting id, as returned when it was stored",
              example = "4f1c2b7e-9a0d-4c55-8e21-3b6f0d9a7c12")
          @RestPath
          String id,
      @NotNull(message = "a JSON body is required") @Valid MatchRequest request) {
    return matching.match(requests.posting(id), requests.candidate(request));
  }
}
