package io.skillscope.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.skillscope.taxonomy.Taxonomy;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /api/v1/skills}: the taxonomy the service tags against. */
@Path("/api/v1/skills")
@Produces(MediaType.APPLICATION_JSON)
public class SkillResource {

  /**
   * @param version the taxonomy version
   * @param categories the categories
   * @param count number of skills listed
   * @param skills the skills
   */
  @JsonPropertyOrder({"version", "categories", "count", "skills"})
  public record SkillList(String version, List<String> categories, int count, List<SkillView> skills) {}

  private final Taxonomy taxonomy;

  public SkillResource(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  @GET
  public SkillList list(@RestQuery String category) {
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
  public SkillView get(@RestPath String id) {
    return taxonomy.skill(id)
        .map(SkillView::of)
        .orElseThrow(() -> ProblemException.notFound("No skill has the id \"" + id + "\"; see GET /api/v1/skills."));
  }
}
