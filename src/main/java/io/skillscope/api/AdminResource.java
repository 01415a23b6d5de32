package io.skillscope.api;

import io.skillscope.posting.ReextractService;
import io.skillscope.posting.ReextractStatus;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /api/v1/admin/reextract}: bring stored postings to the current taxonomy. */
@Path("/api/v1/admin/reextract")
@Tag(
    name = "Admin",
    description =
        "Maintenance of the stored postings (needs the admin role when keys are configured)")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

  private final ReextractService reextract;

  public AdminResource(ReextractService reextract) {
    this.reextract = reextract;
  }

  /**
   * Starts re-extracting the stale postings ({@code all=true}: every posting): 202 with the
   * progress to poll; 200 with the progress of the run already going.
   */
  @POST
  @Operation(
      summary = "Re-extract stored postings",
      description =
          "Brings postings extracted with an older taxonomy or extractor up to date, in the background. "
              + "202 with the progress to poll when a run starts; 200 with the progress of the run already going.")
  @APIResponse(
      responseCode = "202",
      description = "Started; poll GET /api/v1/admin/reextract",
      content = @Content(schema = @Schema(implementation = ReextractStatus.class)))
  @APIResponse(
      responseCode = "200",
      description = "A run is already going; its progress",
      content = @Content(schema = @Schema(implementation = ReextractStatus.class)))
  @APIResponse(responseCode = "400", ref = "BadQuery")
  public Response start(
      @Parameter(description = "true: every posting, not only the stale ones", example = "false")
          @RestQuery
          @DefaultValue("false")
          boolean all) {
    boolean started = reextract.start(all);
    return Response.status(started ? 202 : 200)
        .location(URI.create("/api/v1/admin/reextract"))
        .entity(reextract.status())
        .build();
  }

  @GET
  @Operation(summary = "Progress of re-extraction")
  @APIResponse(responseCode = "200", description = "The progress of the current or last run")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public ReextractStatus status() {
    return reextract.status();
  }
}
