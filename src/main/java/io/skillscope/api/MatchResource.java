package io.skillscope.api;

import io.skillscope.matching.CandidateProfile;
import io.skillscope.matching.MatchResult;
import io.skillscope.matching.MatchService;
import io.skillscope.matching.SkillMatch;
import io.skillscope.posting.Posting;
import io.skillscope.posting.PostingQuery;
import io.skillscope.posting.PostingService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Matching: a candidate against a posting, postings for a candidate, candidates for a posting. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

  /**
   * One posting ranked for a candidate.
   *
   * @param postingId the posting
   * @param title its title
   * @param company its company
   * @param score the match score
   * @param required required skills covered
   * @param preferred preferred skills covered
   * @param missing required and preferred skills the candidate lacks
   */
  public record RankedPostingView(String postingId, String title, String company, double score,
      MatchResult.Coverage required, MatchResult.Coverage preferred, List<String> missing) {}

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
  public record RankedCandidateView(String candidateId, double score, MatchResult.Coverage required,
      MatchResult.Coverage preferred, List<SkillMatch> skills, List<MatchResult.Suggestion> suggestions) {}

  /** @param results best first */
  public record Results<T>(List<T> results) {}

  private final MatchService matching;
  private final PostingService postings;

  public MatchResource(MatchService matching, PostingService postings) {
    this.matching = matching;
    this.postings = postings;
  }

  @POST
  @Path("/postings/{id}/match")
  @Consumes(MediaType.APPLICATION_JSON)
  public MatchResult match(@RestPath String id, @NotNull(message = "a JSON body is required") @Valid MatchRequest request) {
    return matching.match(posting(id), candidate(request));
  }

  @POST
  @Path("/match")
  @Consumes(MediaType.APPLICATION_JSON)
  public Results<RankedPostingView> rank(@NotNull(message = "a JSON body is required") @Valid MatchRequest request) {
    if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
      throw ProblemException.invalid("from", "is after to");
    }
    PostingQuery filters = new PostingQuery(List.of(), null, blankToNull(request.q()), blankToNull(request.company()),
        blankToNull(request.location()), request.from(), request.to(), 0, 1);
    int size = request.size() == null ? 10 : request.size();
    return new Results<>(matching.rank(candidate(request), filters, size).stream()
        .map(r -> new RankedPostingView(r.posting().id(), r.posting().title(), r.posting().company(), r.match().score(),
            r.match().required(), r.match().preferred(), missing(r.match())))
        .toList());
  }

  @GET
  @Path("/postings/{id}/candidates")
  public Results<RankedCandidateView> candidates(@RestPath String id,
      @RestQuery @DefaultValue("20") @Min(1) @Max(100) int size) {
    return new Results<>(matching.candidatesFor(posting(id), size).stream()
        .map(r -> new RankedCandidateView(r.candidate().id(), r.match().score(), r.match().required(),
            r.match().preferred(), r.match().skills(), r.match().suggestions()))
        .toList());
  }

  private Posting posting(String id) {
    return postings.get(id).orElseThrow(() -> ProblemException.notFound("No posting has the id \"" + id + "\"."));
  }

  private CandidateProfile candidate(MatchRequest request) {
    boolean inline = request.candidate() != null;
    boolean stored = request.candidateId() != null;
    if (inline == stored) {
      throw ProblemException.invalid("candidate", "give either candidate or candidateId");
    }
    if (stored) {
      return matching.candidate(request.candidateId())
          .orElseThrow(() -> ProblemException.notFound("No candidate has the id \"" + request.candidateId() + "\"."));
    }
    return CandidateResource.profile(matching, request.candidate());
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
