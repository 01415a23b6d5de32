package io.skillscope.api;

import io.skillscope.matching.CandidateProfile;
import io.skillscope.matching.CandidateSkill;
import io.skillscope.matching.MatchService;
import io.skillscope.matching.UnknownSkillsException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/** {@code /api/v1/candidates}: stored candidate profiles, erasable on request. */
@Path("/api/v1/candidates")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {

  private final MatchService matching;

  public CandidateResource(MatchService matching) {
    this.matching = matching;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull(message = "a JSON body is required") @Valid CandidateRequest request) {
    CandidateProfile profile = matching.store(profile(matching, request));
    return Response.created(URI.create("/api/v1/candidates/" + profile.id())).entity(profile).build();
  }

  @GET
  @Path("/{id}")
  public CandidateProfile get(@RestPath String id) {
    return matching.candidate(id).orElseThrow(() -> ProblemException.notFound("No candidate has the id \"" + id + "\"."));
  }

  /** Erases the profile and its résumé text from disk (right to erasure). */
  @DELETE
  @Path("/{id}")
  public Response delete(@RestPath String id) {
    if (!matching.erase(id)) {
      throw ProblemException.notFound("No candidate has the id \"" + id + "\".");
    }
    return Response.noContent().build();
  }

  /** Builds a profile, turning unknown skill ids into a 400 problem that names them. */
  static CandidateProfile profile(MatchService matching, CandidateRequest request) {
    if (request.empty()) {
      throw ProblemException.invalid("candidate", "give resumeText, skills, or both");
    }
    List<CandidateSkill> listed = request.skills() == null ? List.of()
        : request.skills().stream().map(s -> new CandidateSkill(s.skill(), s.years(), List.of())).toList();
    try {
      return matching.profile(request.resumeText(), listed);
    } catch (UnknownSkillsException e) {
      throw new ProblemException(new Problem("/problems/validation", "Invalid request", 400,
          "Unknown skill ids: " + String.join(", ", e.ids()) + "; see GET /api/v1/skills.", null,
          e.ids().stream().map(id -> new Problem.Violation("skills", "unknown skill id \"" + id + "\"")).toList()));
    }
  }
}
