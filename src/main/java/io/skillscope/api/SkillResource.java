package io.skillscope.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillscope.taxonomy.Taxonomy;
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

/** {@code /api/v1/skills}: the taxonomy the service tags against. */
@Path("/api/v1/skills")
@Tag(name = "Skills", description = "The taxonomy the service tags against")
@Produces(MediaType.APPLICATION_JSON)
public class SkillResource {

  /**
   * @param version the taxonomy version
   * @param categories the categories
   * @param count number of skills listed
   * @param skills the skills
   */
  @JsonPropertyOrder({"version", "categories", "count", "skills"})
  public record SkillList(
      String version, List<String> categories, int count, List<SkillView> skills) {}

  private final Taxonomy taxonomy;

  public SkillResource(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  @GET
  @Operation(
      summary = "List the skills of the taxonomy",
      description =
          "Every skill with its id, name, category and aliases; optionally only one category.")
  @APIResponse(
      responseCode = "200",
      description = "The taxonomy version, its categories and the skills")
  @APIResponse(responseCode = "400", ref = "BadQuery")
  public SkillList list(
      @Parameter(
              description = "Only skills of this category (one of the listed categories)",
              example = "ml-frameworks")
          @RestQuery
          String category) {
    if (category != null && !taxonomy.categories().contains(category)) {
      throw ProblemException.invalid(
          "category", "unknown category; known: " + String.join(", ", taxonomy.categories()));
    }
    List<SkillView> skills =
        taxonomy.skills().stream()
            .filter(s -> category == null || s.category().equals(category))
            .map(SkillView::of)
            .toList();
    return new SkillList(taxonomy.version(), taxonomy.categories(), skills.size(), skills);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One skill of the taxonomy")
  @APIResponse(responseCode = "200", description = "The skill")
  @APIResponse(responseCode = "404", ref = "SkillNotFound")
  public SkillView get(
      @Parameter(description = "Skill id", example = "python") @RestPath String id) {
    return taxonomy
        .skill(id)
        .map(SkillView::of)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "No skill has the id \"" + id + "\"; see GET /api/v1/skills."));
  }
}
