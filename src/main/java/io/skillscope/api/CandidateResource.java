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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** {@code /api/v1/candidates}: stored candidate profiles, erasable on request. */
@Path("/api/v1/candidates")
@Tag(name = "Candidates", description = "Stored candidate profiles, erasable on request")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {

  private final MatchService matching;

  public CandidateResource(MatchService matching) {
    this.matching = matching;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Store a candidate",
      description =
          "From résumé text, a list of skill ids with years, or both; the profile merges them.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "analyst",
                      value = ApiExamples.CANDIDATE,
                      description =
                          "A made-up candidate for the skills real posting dsp-000000 asks for")))
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location names it",
      content = @Content(schema = @Schema(implementation = CandidateProfile.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "413", ref = "TooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  public Response create(
      @NotNull(message = "a JSON body is required") @Valid CandidateRequest request) {
    CandidateProfile profile = matching.store(profile(matching, request));
    return Response.created(URI.create("/api/v1/candidates/" + profile.id()))
        .entity(profile)
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One stored candidate")
  @APIResponse(responseCode = "200", description = "The candidate profile")
  @APIResponse(responseCode = "404", ref = "CandidateNotFound")
  public CandidateProfile get(
      @Parameter(
              description = "Candidate id, as returned when it was stored",
              example = "0b8e5a3d-61f2-4d7a-b9c4-2e7f1a6d5c80")
          @RestPath
          String id) {
    return matching
        .candidate(id)
        .orElseThrow(() -> ProblemException.notFound("No candidate has the id \"" + id + "\"."));
  }

  /** Erases the profile and its résumé text from disk (right to erasure). */
  @DELETE
  @Path("/{id}")
  @Operation(
      summary = "Erase a candidate",
      description = "Removes the profile and its résumé text from disk.")
  @APIResponse(responseCode = "204", description = "Erased")
  @APIResponse(responseCode = "404", ref = "CandidateNotFound")
  public Response delete(
      @Parameter(
              description = "Candidate id, as returned when it was stored",
              example = "0b8e5a3d-61f2-4d7a-b9c4-2e7f1a6d5c80")
          @RestPath
          String id) {
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
    List<CandidateSkill> listed =
        request.skills() == null
            ? List.of()
            : request.skills().stream()
                .map(s -> new CandidateSkill(s.skill(), s.years(), List.of()))
                .toList();
    try {
      return matching.profile(request.resumeText(), listed);
    } catch (UnknownSkillsException e) {
      throw new ProblemException(
          new Problem(
              "/problems/validation",
              "Invalid request",
              400,
              "Unknown skill ids: " + String.join(", ", e.ids()) + "; see GET /api/v1/skills.",
              null,
              e.ids().stream()
                  .map(id -> new Problem.Violation("skills", "unknown skill id \"" + id + "\""))
                  .toList()));
    }
  }
}
