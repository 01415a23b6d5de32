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
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /api/v1/admin/reextract}: bring stored postings to the current taxonomy. */
@Path("/api/v1/admin/reextract")
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
  public Response start(@RestQuery @DefaultValue("false") boolean all) {
    boolean started = reextract.start(all);
    return Response.status(started ? 202 : 200)
        .location(URI.create("/api/v1/admin/reextract"))
        .entity(reextract.status())
        .build();
  }

  @GET
  public ReextractStatus status() {
    return reextract.status();
  }
}
