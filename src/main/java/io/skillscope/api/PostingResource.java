package io.skillscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillscope.posting.IngestStatus;
import io.skillscope.posting.Ingested;
import io.skillscope.posting.PostingPage;
import io.skillscope.posting.PostingQuery;
import io.skillscope.posting.PostingService;
import io.vertx.core.http.HttpServerResponse;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /api/v1/postings}: ingest postings durably, read, search and delete them. */
@Path("/api/v1/postings")
@Tag(
    name = "Postings",
    description =
        "Store postings durably (their skills extracted once), read, search and delete them")
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
  @Operation(
      summary = "Store one posting",
      description =
          "Extracts its skills and stores it. The same externalId again updates the posting "
              + "(200, status updated) or leaves it as it is (200, status unchanged).")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "dsp-000000",
                      value = ApiExamples.POSTING,
                      description =
                          "Excerpt of real posting dsp-000000 (Tecolote Research); postedAt is illustrative")))
  @APIResponse(
      responseCode = "201",
      description =
          "Stored as a new posting; Location names it. With Prefer: return=minimal the body is"
              + " {status, id, skills} (skill ids), as a batch item",
      content = @Content(schema = @Schema(implementation = IngestResponse.class)))
  @APIResponse(
      responseCode = "200",
      description =
          "A posting with this externalId was already stored: updated or unchanged (minimal"
              + " body as for 201 when asked)",
      content = @Content(schema = @Schema(implementation = IngestResponse.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "413", ref = "TooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  public Response create(
      @NotNull(message = "a JSON body is required") @Valid PostingRequest request,
      @Parameter(
              description =
                  "return=minimal (RFC 7240): answer only status, id and skill ids, as a batch"
                      + " item, instead of the whole stored posting")
          @RestHeader("Prefer")
          String prefer) {
    Ingested ingested = postings.ingest(request.toDraft());
    boolean minimal = prefer != null && prefer.toLowerCase(Locale.ROOT).contains("return=minimal");
    Response.ResponseBuilder answer =
        ingested.status() == IngestStatus.CREATED
            ? Response.created(URI.create("/api/v1/postings/" + ingested.posting().id()))
            : Response.ok();
    if (minimal) {
      return answer
          .entity(ItemResult.of(ingested))
          .header("Preference-Applied", "return=minimal")
          .build();
    }
    return answer.entity(IngestResponse.of(ingested)).build();
  }

  @POST
  @Path("/batch")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Store many postings in one call",
      description =
          "An array of postings (at most skillscope.store.batch-limit). Each item succeeds or fails on "
              + "its own: the answer has one result per item, in order, with its status or its problem.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "two postings",
                      value = ApiExamples.POSTING_BATCH,
                      description = "Excerpts of real postings dsp-000000 and jy-ml-000116")))
  @APIResponse(responseCode = "200", description = "One result per item, in order")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(
      responseCode = "413",
      description = "More postings than skillscope.store.batch-limit, or body too large",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = {
                @ExampleObject(
                    name = "batch-too-large",
                    value = ApiExamples.PROBLEM_BATCH_TOO_LARGE),
                @ExampleObject(name = "body-too-large", value = ApiExamples.PROBLEM_BODY_TOO_LARGE)
              }))
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  public List<ItemResult> batch(
      @NotNull(message = "a JSON array is required") List<JsonNode> items) {
    return ingest.batch(items);
  }

  @POST
  @Path("/stream")
  @Consumes(NDJSON)
  @Produces(NDJSON)
  @Operation(
      summary = "Store postings from a stream of any length",
      description =
          "One posting a line (NDJSON), read as it arrives; the answer streams one result a line, "
              + "in order. Bounded by no body size limit.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = NDJSON,
              schema = @Schema(type = SchemaType.STRING),
              examples =
                  @ExampleObject(
                      name = "two postings",
                      value = ApiExamples.POSTING_STREAM,
                      description = "Excerpts of real postings dsp-000000 and jy-ml-000116")))
  @APIResponse(
      responseCode = "200",
      description = "One ItemResult a line, in order",
      content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ItemResult.class)))
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  public StreamingOutput stream(InputStream body, @Context HttpServerResponse response) {
    // The answer is written while the body is read; see StreamAnswer for clients that do not read
    // until they have sent everything.
    return out -> ingest.stream(body, out, () -> !response.writeQueueFull());
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "One stored posting",
      description = "The posting as stored, with its extracted skills.")
  @APIResponse(responseCode = "200", description = "The posting")
  @APIResponse(responseCode = "404", ref = "PostingNotFound")
  public IngestResponse.PostingOnly get(
      @Parameter(
              description = "Posting id, as returned when it was stored",
              example = "4f1c2b7e-9a0d-4c55-8e21-3b6f0d9a7c12")
          @RestPath
          String id) {
    return postings.get(id).map(IngestResponse.PostingOnly::new).orElseThrow(() -> notFound(id));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a stored posting")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", ref = "PostingNotFound")
  public Response delete(
      @Parameter(
              description = "Posting id, as returned when it was stored",
              example = "4f1c2b7e-9a0d-4c55-8e21-3b6f0d9a7c12")
          @RestPath
          String id) {
    if (!postings.delete(id)) {
      throw notFound(id);
    }
    return Response.noContent().build();
  }

  @GET
  @Operation(
      summary = "Search stored postings",
      description =
          "All filters combine (AND); skill may repeat and then every skill is needed. Newest first, "
              + "or by relevance when q is given. page × size stays within 10,000 results.")
  @APIResponse(responseCode = "200", description = "One page of postings and the total")
  @APIResponse(responseCode = "400", ref = "BadQuery")
  public PostingPage search(
      @Parameter(
              description = "Skill id the posting asks for; repeat for several (all needed)",
              example = "python")
          @RestQuery
          List<String> skill,
      @Parameter(
              description = "Only count skills at this level: required, preferred or other",
              example = "required")
          @RestQuery
          @Pattern(
              regexp = "required|preferred|other",
              message = "must be required, preferred or other")
          String level,
      @Parameter(
              description = "Full-text query over title and description",
              example = "machine learning")
          @RestQuery
          String q,
      @Parameter(description = "Company, exact", example = "Tecolote Research") @RestQuery
          String company,
      @Parameter(description = "Location words", example = "Houston") @RestQuery String location,
      @Parameter(description = "Earliest postedAt, YYYY-MM-DD", example = "2024-01-01") @RestQuery
          String from,
      @Parameter(description = "Latest postedAt, YYYY-MM-DD", example = "2024-12-31") @RestQuery
          String to,
      @Parameter(description = "Page number, from 0", example = "0")
          @RestQuery
          @DefaultValue("0")
          @Min(0)
          int page,
      @Parameter(description = "Page size, 1–100", example = "20")
          @RestQuery
          @DefaultValue("20")
          @Min(1)
          @Max(100)
          int size) {
    LocalDate fromDate = date("from", from);
    LocalDate toDate = date("to", to);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      throw ProblemException.invalid("from", "must not be after to");
    }
    if ((long) (page + 1) * size > MAX_WINDOW) {
      throw ProblemException.invalid(
          "page", "page × size must stay within " + MAX_WINDOW + " results");
    }
    List<String> skills =
        skill == null ? List.of() : skill.stream().filter(s -> !s.isBlank()).toList();
    return postings.search(
        new PostingQuery(
            skills,
            level,
            blankToNull(q),
            blankToNull(company),
            blankToNull(location),
            fromDate,
            toDate,
            page,
            size));
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
