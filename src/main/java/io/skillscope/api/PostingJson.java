package io.skillscope.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillscope.posting.PostingDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one posting from its JSON (the body of {@code POST /api/v1/postings}): parses, binds and
 * validates it, and gives either the draft to store or the problem that rejects it. An item of a
 * batch, a line of a stream and a Kafka record are all read here, so each is accepted or refused
 * with the same words whatever way it came in.
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
public class PostingJson {

  /**
   * A posting read: exactly one of the two is set.
   *
   * @param draft the posting to store
   * @param problem why it is refused
   */
  public record Read(PostingDraft draft, Problem problem) {

    static Read refused(Problem problem) {
      return new Read(null, problem);
    }
  }

  private final ObjectMapper mapper;
  private final Validator validator;

  public PostingJson(ObjectMapper mapper, Validator validator) {
    this.mapper = mapper;
    this.validator = validator;
  }

  /** One posting from UTF-8 JSON (a Kafka record's value). */
  public Read read(byte[] json) {
    return parse(() -> mapper.readTree(json));
  }

  /** One posting from JSON text (a line of a stream). */
  public Read read(String json) {
    return parse(() -> mapper.readTree(json));
  }

  private interface Parse {
    JsonNode tree() throws IOException;
  }

  private Read parse(Parse parse) {
    JsonNode node;
    try {
      node = parse.tree();
    } catch (JsonProcessingException e) {
      return Read.refused(malformed("Not valid JSON: " + firstLine(e)));
    } catch (IOException e) {
      // Text in memory cannot fail to be read; only its content can be wrong.
      return Read.refused(malformed("Not valid JSON: " + e.getMessage()));
    }
    return read(node);
  }

  /** One posting from an already parsed item (of a batch). */
  public Read read(JsonNode node) {
    PostingRequest request;
    try {
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      request = mapper.treeToValue(node, PostingRequest.class);
    } catch (JsonProcessingException e) {
      return Read.refused(malformed("Not a posting object: " + firstLine(e)));
    } catch (IllegalArgumentException e) {
      return Read.refused(malformed("Not a posting object: " + e.getMessage()));
    }
    Set<ConstraintViolation<PostingRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      return Read.refused(invalid(violations));
    }
    try {
      return new Read(request.toDraft(), null);
    } catch (ProblemException e) {
      return Read.refused(e.problem());
    }
  }

  private static String firstLine(JsonProcessingException e) {
    return e.getOriginalMessage() == null
        ? ""
        : e.getOriginalMessage().lines().findFirst().orElse("");
  }

  private static Problem malformed(String detail) {
    return new Problem("/problems/malformed-json", "Malformed JSON", 400, detail, null, null);
  }

  private static Problem invalid(Set<ConstraintViolation<PostingRequest>> violations) {
    List<Problem.Violation> list =
        violations.stream()
            .map(v -> new Problem.Violation(v.getPropertyPath().toString(), v.getMessage()))
            .sorted(Comparator.comparing(Problem.Violation::field))
            .toList();
    String detail =
        list.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    return new Problem("/problems/validation", "Invalid request", 400, detail, null, list);
  }
}
