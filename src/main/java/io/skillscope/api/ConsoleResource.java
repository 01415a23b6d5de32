package io.skillscope.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The web console's pages (docs/console.md). Each page is a Qute template holding only markup: its
 * data comes from the JSON API, fetched by the page's ES module under {@code /console/assets/js/},
 * so the console honours the API keys exactly as any other client and a page carries nothing a key
 * protects. The security headers of these pages (a Content-Security-Policy without inline script
 * among them) are set in application.properties for every {@code /console/*} path.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

  /** One template per page, under {@code templates/console/}; all include {@code layout.html}. */
  @CheckedTemplate(basePath = "console")
  static class Pages {
    static native TemplateInstance extract();

    static native TemplateInstance demand();

    static native TemplateInstance postings();

    static native TemplateInstance posting(String id);

    static native TemplateInstance match();

    static native TemplateInstance skills();
  }

  private static final URI HOME = URI.create("/console/extract");

  /** A person who types the service's address lands on the console's first page. */
  @GET
  public Response home() {
    return Response.seeOther(HOME).build();
  }

  @GET
  @Path("console")
  public Response console() {
    return Response.seeOther(HOME).build();
  }

  @GET
  @Path("console/extract")
  public String extract() {
    return Pages.extract().render();
  }

  @GET
  @Path("console/demand")
  public String demand() {
    return Pages.demand().render();
  }

  @GET
  @Path("console/postings")
  public String postings() {
    return Pages.postings().render();
  }

  /** The id is only put into the page (escaped by Qute); the page's module fetches the posting. */
  @GET
  @Path("console/postings/{id}")
  public String posting(@RestPath String id) {
    return Pages.posting(id).render();
  }

  @GET
  @Path("console/match")
  public String match() {
    return Pages.match().render();
  }

  @GET
  @Path("console/skills")
  public String skills() {
    return Pages.skills().render();
  }
}
