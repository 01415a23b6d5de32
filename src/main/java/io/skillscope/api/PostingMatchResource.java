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
import org.jboss.resteasy.reactive.RestPath;

/**
 * {@code POST /api/v1/postings/{id}/match}: how well a candidate fits one posting, skill by skill.
 * Its own class because JAX-RS picks the resource class by path before the method.
 */
@Path("/api/v1/postings/{id}/match")
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
  public MatchResult match(@RestPath String id, @NotNull(message = "a JSON body is required") @Valid MatchRequest request) {
    return matching.match(requests.posting(id), requests.candidate(request));
  }
}
