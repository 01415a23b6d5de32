package io.skillscope.api;

import io.skillscope.matching.MatchResult;
import io.skillscope.matching.MatchService;
import io.skillscope.matching.SkillMatch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code GET /api/v1/postings/{id}/candidates}: the stored candidates that fit a posting best. */
@Path("/api/v1/postings/{id}/candidates")
@Tag(name = "Matching")
@Produces(MediaType.APPLICATION_JSON)
public class PostingCandidatesResource {

  /**
   * One candidate ranked for a posting, with the full explanation.
   *
   * @param candidateId the candidate
   * @param score the match score
   * @param required required skills covered
   * @param preferred preferred skills covered
   * @param skills skill by skill
   * @param suggestions what would raise the score most
   */
  public record RankedCandidateView(
      String candidateId,
      double score,
      MatchResult.Coverage required,
      MatchResult.Coverage preferred,
      List<SkillMatch> skills,
      List<MatchResult.Suggestion> suggestions) {}

  /**
   * @param results best first
   */
  public record Results(List<RankedCandidateView> results) {}

  private final MatchService matching;
  private final MatchRequests requests;

  public PostingCandidatesResource(MatchService matching, MatchRequests requests) {
    this.matching = matching;
    this.requests = requests;
  }

  @GET
  @Operation(
      summary = "Rank stored candidates for a posting",
      description = "Best first, each with the full skill-by-skill explanation and suggestions.")
  @APIResponse(responseCode = "200", description = "The candidates, best first")
  @APIResponse(responseCode = "400", ref = "BadQuery")
  @APIResponse(responseCode = "404", ref = "PostingNotFound")
  public Results candidates(
      @Parameter(
              description = "Posting id, as returned when it was stored",
              example = "4f1c2b7e-9a0d-4c55-8e21-3b6f0d9a7c12")
          @RestPath
          String id,
      @Parameter(description = "How many candidates, 1–100", example = "20")
          @RestQuery
          @DefaultValue("20")
          @Min(1)
          @Max(100)
          int size) {
    return new Results(
        matching.candidatesFor(requests.posting(id), size).stream()
            .map(
                r ->
                    new RankedCandidateView(
                        r.candidate().id(),
                        r.match().score(),
                        r.match().required(),
                        r.match().preferred(),
                        r.match().skills(),
                        r.match().suggestions()))
            .toList());
  }
}
