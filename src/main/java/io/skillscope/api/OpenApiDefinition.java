package io.skillscope.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The global part of the OpenAPI description served at /q/openapi (browsable at /q/swagger-ui):
 * info, the two ways to send an API key, and the problem responses the resources refer to by name
 * ({@code @APIResponse(responseCode = "404", ref = "PostingNotFound")}). An {@link Application}
 * because SmallRye reads {@code @OpenAPIDefinition} there; it names no classes, so every resource
 * is served.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "SkillScope API",
            version = "1",
            description =
                """
            Reads job postings and says which skills they ask for; stores postings and candidates and \
            matches them.

            **Errors.** Every error is an RFC 9457 problem, sent as `application/problem+json`: \
            `type` (e.g. `/problems/validation`, `/problems/not-found`), `title`, `status`, `detail`, \
            `instance` (the request path) and, for validation problems, `violations` (field and message). \
            A problem never holds a class name or a stack trace.

            **API keys (optional).** When the service is started with keys (`skillscope.auth.keys.NAME.key` \
            and `.roles`, see the README), every `/api/` call needs one, sent as `Authorization: Bearer KEY` or \
            `X-API-Key: KEY`: 401 without a known key, 403 when the key lacks the role (read, ingest, \
            admin) the call needs. Without configured keys the API is open."""),
    security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "apiKey")},
    components =
        @Components(
            securitySchemes = {
              @SecurityScheme(
                  securitySchemeName = "bearer",
                  type = SecuritySchemeType.HTTP,
                  scheme = "bearer",
                  description = "Authorization: Bearer KEY (only when keys are configured)"),
              @SecurityScheme(
                  securitySchemeName = "apiKey",
                  type = SecuritySchemeType.APIKEY,
                  in = SecuritySchemeIn.HEADER,
                  apiKeyName = "X-API-Key",
                  description = "X-API-Key: KEY (only when keys are configured)")
            },
            responses = {
              @APIResponse(
                  name = "BadRequest",
                  description = "Invalid request: a field, parameter or the JSON itself",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples = {
                            @ExampleObject(
                                name = "validation",
                                value = ApiExamples.PROBLEM_VALIDATION),
                            @ExampleObject(
                                name = "malformed-json",
                                value = ApiExamples.PROBLEM_MALFORMED)
                          })),
              @APIResponse(
                  name = "BadQuery",
                  description = "Invalid query parameter",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "validation",
                                  value = ApiExamples.PROBLEM_QUERY))),
              @APIResponse(
                  name = "PostingNotFound",
                  description = "No posting has this id",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "not-found",
                                  value = ApiExamples.PROBLEM_POSTING_NOT_FOUND))),
              @APIResponse(
                  name = "CandidateNotFound",
                  description = "No candidate has this id",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "not-found",
                                  value = ApiExamples.PROBLEM_CANDIDATE_NOT_FOUND))),
              @APIResponse(
                  name = "SkillNotFound",
                  description = "No skill has this id",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "not-found",
                                  value = ApiExamples.PROBLEM_SKILL_NOT_FOUND))),
              @APIResponse(
                  name = "TooLarge",
                  description = "Body over skillscope.limits.max-body-bytes",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "body-too-large",
                                  value = ApiExamples.PROBLEM_BODY_TOO_LARGE))),
              @APIResponse(
                  name = "UnsupportedMediaType",
                  description = "Content-Type not accepted here",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "unsupported-media-type",
                                  value = ApiExamples.PROBLEM_UNSUPPORTED_TYPE))),
              @APIResponse(
                  name = "Unauthorized",
                  description = "Keys are configured and none (or an unknown one) was sent",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "unauthorized",
                                  value = ApiExamples.PROBLEM_UNAUTHORIZED))),
              @APIResponse(
                  name = "Forbidden",
                  description = "The key lacks the role this call needs",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "forbidden",
                                  value = ApiExamples.PROBLEM_FORBIDDEN))),
              @APIResponse(
                  name = "Overloaded",
                  description = "Too many requests under way; retry after Retry-After",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "overloaded",
                                  value = ApiExamples.PROBLEM_OVERLOADED)))
            }))
public class OpenApiDefinition extends Application {}
