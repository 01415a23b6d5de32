package io.skillscope.api;

import io.skillscope.demand.DemandConfig;
import io.skillscope.demand.DemandReport;
import io.skillscope.demand.DemandService;
import io.skillscope.demand.Interval;
import io.skillscope.demand.Trends;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /api/v1/demand}: which skills the stored postings ask for, how that moves, what goes
 * together. The skill table is also served as CSV ({@code Accept: text/csv}, see {@link
 * DemandCsv}).
 */
@Path("/api/v1/demand")
@Tag(
    name = "Demand",
    description = "Which skills the stored postings ask for, how that moves, what goes together")
@Produces(MediaType.APPLICATION_JSON)
public class DemandResource {

  private final DemandService demand;
  private final DemandConfig config;

  public DemandResource(DemandService demand, DemandConfig config) {
    this.demand = demand;
    this.config = config;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, DemandCsv.MEDIA_TYPE})
  @Operation(
      summary = "Skill demand over the stored postings",
      description =
          "Postings naming each skill, its share of the postings matching the filters, and the split by "
              + "requirement level; categories rolled up. Accept: text/csv gives the skill table as CSV.")
  @APIResponse(responseCode = "200", description = "The skill table, most asked-for first")
  @APIResponse(responseCode = "400", ref = "BadQuery")
  public DemandReport demand(
      @Valid @BeanParam DemandParams params,
      @Parameter(description = "Only the N skills most asked for", example = "20")
          @RestQuery
          @Min(1)
          Integer top) {
    return demand.demand(params.filter(), top);
  }

  @GET
  @Path("/trends")
  @Operation(
      summary = "How demand for skills moves over time",
      description =
          "Postings per week, month or quarter (on postedAt, falling back to ingestedAt) and, for each "
              + "skill, the postings naming it and their share; empty buckets between the first and last are zeros.")
  @APIResponse(responseCode = "200", description = "One bucket per interval")
  @APIResponse(responseCode = "400", ref = "BadQuery")
  public Trends trends(
      @Valid @BeanParam DemandParams params,
      @Parameter(description = "week, month or quarter", example = "month")
          @RestQuery
          @DefaultValue("month")
          @Pattern(regexp = "week|month|quarter", message = "must be week, month or quarter")
          String interval,
      @Parameter(
              description = "Skill ids to follow (repeatable); default: the most asked-for",
              example = "python")
          @RestQuery
          List<String> skill,
      @Parameter(description = "How many top skills to follow when none is named", example = "10")
          @RestQuery
          @Min(1)
          @Max(50)
          Integer top) {
    List<String> skills =
        skill == null
            ? List.of()
            : skill.stream().filter(s -> !s.isBlank()).map(String::strip).toList();
    return demand.trends(
        params.filter(), Interval.of(interval), skills, top == null ? config.trendSkills() : top);
  }

  /** With {@code skill}: what goes with it. Without: the strongest pairs by lift. */
  @GET
  @Path("/cooccurrence")
  @Operation(
      summary = "Skills asked for together",
      description =
          "With skill: the skills named with it, their joint count, P(other | skill) and lift. Without: "
              + "the strongest pairs by lift among pairs named together in at least minSupport postings.")
  @APIResponse(responseCode = "200", description = "Co-occurring skills or pairs")
  @APIResponse(responseCode = "400", ref = "BadQuery")
  public Object cooccurrence(
      @Valid @BeanParam DemandParams params,
      @Parameter(description = "The skill to look from", example = "pytorch") @RestQuery
          String skill,
      @Parameter(description = "How many to list", example = "10") @RestQuery @Min(1) @Max(1000)
          Integer top,
      @Parameter(description = "Pairs only: the fewest postings a pair must share", example = "5")
          @RestQuery
          @Min(1)
          Integer minSupport) {
    if (skill == null || skill.isBlank()) {
      return demand.pairs(params.filter(), minSupport, top);
    }
    return demand.cooccurrence(params.filter(), skill.strip(), top);
  }
}
