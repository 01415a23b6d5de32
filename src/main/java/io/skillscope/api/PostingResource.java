package io.skillscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillscope.posting.IngestStatus;
import io.skillscope.posting.Ingested;
import io.skillscope.posting.PostingPage;
import io.skillscope.posting.PostingQuery;
import io.skillscope.posting.PostingService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /api/v1/postings}: ingest postings durably, read, search and delete them. */
@Path("/api/v1/postings")
@Produces(MediaType.APPLICATION_JSON)
public class PostingResource {

  static final String NDJSON = "application/x-ndjson";

  /** Deep pages cost a sort of everything before them; search narrower instead. */
  private static final int MAX_WINDOW = 10_000;

  private final PostingService postings;
  private final PostingIngest ingest;

  public PostingResource(PostingService postings, PostingIngest ingest) {
    this.postings = postings;
    this.ingest = ingest;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull(message = "a JSON body is required") @Valid PostingRequest request) {
    Ingested ingested = postings.ingest(request.toDraft());
    if (ingested.status() == IngestStatus.CREATED) {
      return Response.created(URI.create("/api/v1/postings/" + ingested.posting().id()))
          .entity(IngestResponse.of(ingested))
          .build();
    }
    return Response.ok(IngestResponse.of(ingested)).build();
  }

  @POST
  @Path("/batch")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<ItemResult> batch(@NotNull(message = "a JSON array is required") List<JsonNode> items) {
    return ingest.batch(items);
  }

  @POST
  @Path("/stream")
  @Consumes(NDJSON)
  @Produces(NDJSON)
  public StreamingOutput stream(InputStream body) {
    return out -> ingest.stream(body, out);
  }

  @GET
  @Path("/{id}")
  public IngestResponse.PostingOnly get(@RestPath String id) {
    return postings.get(id).map(IngestResponse.PostingOnly::new).orElseThrow(() -> notFound(id));
  }

  @DELETE
  @Path("/{id}")
  public Response delete(@RestPath String id) {
    if (!postings.delete(id)) {
      throw notFound(id);
    }
    return Response.noContent().build();
  }

  @GET
  public PostingPage search(
      @RestQuery List<String> skill,
      @RestQuery @Pattern(regexp = "required|preferred|other", message = "must be required, preferred or other")
          String level,
      @RestQuery String q,
      @RestQuery String company,
      @RestQuery String location,
      @RestQuery String from,
      @RestQuery String to,
      @RestQuery @DefaultValue("0") @Min(0) int page,
      @RestQuery @DefaultValue("20") @Min(1) @Max(100) int size) {
    LocalDate fromDate = date("from", from);
    LocalDate toDate = date("to", to);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      throw ProblemException.invalid("from", "must not be after to");
    }
    if ((long) (page + 1) * size > MAX_WINDOW) {
      throw ProblemException.invalid("page", "page × size must stay within " + MAX_WINDOW + " results");
    }
    List<String> skills = skill == null ? List.of() : skill.stream().filter(s -> !s.isBlank()).toList();
    return postings.search(
        new PostingQuery(skills, level, blankToNull(q), blankToNull(company), blankToNull(location),
            fromDate, toDate, page, size));
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(name, "must be an ISO date (YYYY-MM-DD)");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static ProblemException notFound(String id) {
    return ProblemException.notFound("No posting has the id \"" + id + "\".");
  }
}
