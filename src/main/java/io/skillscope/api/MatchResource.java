package io.skillscope.api;

import io.skillscope.matching.MatchResult;
import io.skillscope.matching.MatchService;
import io.skillscope.matching.SkillMatch;
import io.skillscope.posting.PostingQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/match}: the stored postings that fit a candidate best. */
@Path("/api/v1/match")
@Tag(
    name = "Matching",
    description = "Candidates against postings, explained skill by skill (docs/matching.md)")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

  /**
   * One posting ranked for a candidate.
   *
   * @param postingId the posting
   * @param title its title
   * @param company its company
   * @param score the match score
   * @param fit the ranking key: how well posting and candidate use each other (docs/matching.md)
   * @param required required skills covered
   * @param preferred preferred skills covered
   * @param missing required and preferred skills the candidate lacks
   */
  public record RankedPostingView(
      String postingId,
      String title,
      String company,
      double score,
      double fit,
      MatchResult.Coverage required,
      MatchResult.Coverage preferred,
      List<String> missing) {}

  /**
   * @param results best first
   */
  public record Results(List<RankedPostingView> results) {}

  private final MatchService matching;
  private final MatchRequests requests;

  public MatchResource(MatchService matching, MatchRequests requests) {
    this.matching = matching;
    this.requests = requests;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rank stored postings for a candidate",
      description =
          "The candidate inline or by candidateId; the same filters as posting search narrow the "
              + "postings. Best fit first, with required and preferred coverage and the skills missing.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(
                    name = "inline",
                    value = ApiExamples.MATCH,
                    description =
                        "A made-up ML engineer; q and location from real posting jy-ml-000116"),
                @ExampleObject(
                    name = "stored",
                    value = ApiExamples.MATCH_BY_ID,
                    description = "A stored candidate")
              }))
  @APIResponse(responseCode = "200", description = "The postings, best first")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "CandidateNotFound")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  public Results rank(@NotNull(message = "a JSON body is required") @Valid MatchRequest request) {
    if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
      throw ProblemException.invalid("from", "is after to");
    }
    PostingQuery filters =
        new PostingQuery(
            List.of(),
            null,
            blankToNull(request.q()),
            blankToNull(request.company()),
            blankToNull(request.location()),
            request.from(),
            request.to(),
            0,
            1);
    int size = request.size() == null ? 10 : request.size();
    return new Results(
        matching.rank(requests.candidate(request), filters, size).stream()
            .map(
                r ->
                    new RankedPostingView(
                        r.posting().id(),
                        r.posting().title(),
                        r.posting().company(),
                        r.match().score(),
                        r.fit(),
                        r.match().required(),
                        r.match().preferred(),
                        missing(r.match())))
            .toList());
  }

  private static List<String> missing(MatchResult match) {
    return match.skills().stream()
        .filter(s -> s.status() == SkillMatch.Status.missing && s.weight() > 0)
        .map(SkillMatch::skill)
        .toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
