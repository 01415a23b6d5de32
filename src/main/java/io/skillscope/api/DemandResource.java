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
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /api/v1/demand}: which skills the stored postings ask for, how that moves, what goes
 * together. The skill table is also served as CSV ({@code Accept: text/csv}, see {@link DemandCsv}).
 */
@Path("/api/v1/demand")
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
  public DemandReport demand(@Valid @BeanParam DemandParams params, @RestQuery @Min(1) Integer top) {
    return demand.demand(params.filter(), top);
  }

  @GET
  @Path("/trends")
  public Trends trends(
      @Valid @BeanParam DemandParams params,
      @RestQuery @DefaultValue("month")
          @Pattern(regexp = "week|month|quarter", message = "must be week, month or quarter") String interval,
      @RestQuery List<String> skill,
      @RestQuery @Min(1) @Max(50) Integer top) {
    List<String> skills = skill == null ? List.of() : skill.stream().filter(s -> !s.isBlank()).map(String::strip).toList();
    return demand.trends(params.filter(), Interval.of(interval), skills, top == null ? config.trendSkills() : top);
  }

  /** With {@code skill}: what goes with it. Without: the strongest pairs by lift. */
  @GET
  @Path("/cooccurrence")
  public Object cooccurrence(
      @Valid @BeanParam DemandParams params,
      @RestQuery String skill,
      @RestQuery @Min(1) @Max(1000) Integer top,
      @RestQuery @Min(1) Integer minSupport) {
    if (skill == null || skill.isBlank()) {
      return demand.pairs(params.filter(), minSupport, top);
    }
    return demand.cooccurrence(params.filter(), skill.strip(), top);
  }
}
