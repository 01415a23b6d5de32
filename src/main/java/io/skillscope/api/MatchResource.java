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

/** {@code POST /api/v1/match}: the stored postings that fit a candidate best. */
@Path("/api/v1/match")
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
  public record RankedPostingView(String postingId, String title, String company, double score, double fit,
      MatchResult.Coverage required, MatchResult.Coverage preferred, List<String> missing) {}

  /** @param results best first */
  public record Results(List<RankedPostingView> results) {}

  private final MatchService matching;
  private final MatchRequests requests;

  public MatchResource(MatchService matching, MatchRequests requests) {
    this.matching = matching;
    this.requests = requests;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Results rank(@NotNull(message = "a JSON body is required") @Valid MatchRequest request) {
    if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
      throw ProblemException.invalid("from", "is after to");
    }
    PostingQuery filters = new PostingQuery(List.of(), null, blankToNull(request.q()), blankToNull(request.company()),
        blankToNull(request.location()), request.from(), request.to(), 0, 1);
    int size = request.size() == null ? 10 : request.size();
    return new Results(matching.rank(requests.candidate(request), filters, size).stream()
        .map(r -> new RankedPostingView(r.posting().id(), r.posting().title(), r.posting().company(), r.match().score(),
            r.fit(), r.match().required(), r.match().preferred(), missing(r.match())))
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
