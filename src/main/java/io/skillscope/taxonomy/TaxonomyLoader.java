package io.skillscope.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a taxonomy file and checks it, failing with a {@link TaxonomyException} that names the
 * file, the line and the problem. SnakeYAML's node API is used (not data binding) because it keeps
 * the line of every value, which is what makes the messages useful.
 *
 * <p>Checked here: the shape of every entry (unknown keys are errors, so typos do not pass
 * silently), id syntax, duplicate ids, unknown categories, unknown related or {@code also} ids,
 * regular expressions, confidences. Alias collisions need the tokenizer and are checked when the
 * extraction dictionary is built. Stateless and thread-safe.
 */
public final class TaxonomyLoader {

  /** The default taxonomy, on the classpath (packaged from {@code models/}). */
  public static final String DEFAULT_RESOURCE = "models/taxonomy.yaml";

  private static final Set<String> TOP_KEYS = Set.of("version", "categories", "defaults", "skills");
  private static final Set<String> SKILL_KEYS =
      Set.of("id", "name", "category", "article", "related", "aliases");
  private static final Set<String> ALIAS_KEYS =
      Set.of("text", "caseSensitive", "confidence", "when", "unless", "also");
  private static final Set<String> CONDITION_KINDS =
      Set.of("before", "after", "near", "nearSkill", "pos", "sentence");
  private static final int DEFAULT_NEAR_WINDOW = 5;

  private TaxonomyLoader() {}

  /** Loads a taxonomy file from disk. */
  public static Taxonomy load(Path path) {
    String source = path.toString();
    try {
      return parse(Files.readString(path, StandardCharsets.UTF_8), source);
    } catch (IOException e) {
      throw new TaxonomyException(source, 0, "cannot read the file: " + e.getMessage());
    }
  }

  /** Loads a taxonomy from the classpath. */
  public static Taxonomy loadResource(String resource) {
    String source = "classpath:" + resource;
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new TaxonomyException(source, 0, "no such resource on the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
    } catch (IOException e) {
      throw new TaxonomyException(source, 0, "cannot read the resource: " + e.getMessage());
    }
  }

  /** Parses and validates taxonomy YAML; {@code source} names it in messages. */
  public static Taxonomy parse(String yaml, String source) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new TaxonomyException(source, line, "not valid YAML: " + e.getProblem());
    }
    if (root == null) {
      throw new TaxonomyException(source, 0, "the file is empty");
    }
    return new Parser(source, hash(yaml)).taxonomy(root);
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** One parse of one file: remembers the source for messages. */
  private record Parser(String source, String hash) {

    Taxonomy taxonomy(Node root) {
      Map<String, Node> top = mapping(root, TOP_KEYS, "the top level");
      String version = scalar(required(top, "version", root));
      List<String> categories = new ArrayList<>();
      Set<String> categorySet = new HashSet<>();
      for (Node node : sequence(required(top, "categories", root))) {
        String category = scalar(node);
        if (!categorySet.add(category)) {
          throw error(node, "category \"" + category + "\" is listed twice");
        }
        categories.add(category);
      }
      double defaultConfidence = 0.95;
      if (top.containsKey("defaults")) {
        Map<String, Node> defaults = mapping(top.get("defaults"), Set.of("confidence"), "defaults");
        if (defaults.containsKey("confidence")) {
          defaultConfidence = confidence(defaults.get("confidence"));
        }
      }
      List<Skill> skills = new ArrayList<>();
      Map<String, Skill> byId = new LinkedHashMap<>();
      for (Node node : sequence(required(top, "skills", root))) {
        Skill skill = skill(node, categorySet, defaultConfidence);
        Skill previous = byId.putIfAbsent(skill.id(), skill);
        if (previous != null) {
          throw error(
              node,
              "duplicate skill id \"" + skill.id() + "\" (first at line " + previous.line() + ")");
        }
        skills.add(skill);
      }
      if (skills.isEmpty()) {
        throw error(root, "the taxonomy has no skills");
      }
      checkReferences(skills, byId);
      return new Taxonomy(version + "+" + hash, source, categories, skills);
    }

    private void checkReferences(List<Skill> skills, Map<String, Skill> byId) {
      for (Skill skill : skills) {
        for (Relation relation : skill.related()) {
          if (!byId.containsKey(relation.id())) {
            throw new TaxonomyException(
                source,
                skill.line(),
                "skill \""
                    + skill.id()
                    + "\" is related to unknown skill \""
                    + relation.id()
                    + "\"");
          }
          if (relation.id().equals(skill.id())) {
            throw new TaxonomyException(
                source, skill.line(), "skill \"" + skill.id() + "\" is related to itself");
          }
        }
        for (Alias alias : skill.aliases()) {
          for (String also : alias.also()) {
            if (!byId.containsKey(also)) {
              throw new TaxonomyException(
                  source,
                  alias.line(),
                  "alias \"" + alias.text() + "\" names unknown skill \"" + also + "\" in `also`");
            }
          }
        }
      }
    }

    private Skill skill(Node node, Set<String> categories, double defaultConfidence) {
      Map<String, Node> map = mapping(node, SKILL_KEYS, "a skill");
      String id = scalar(required(map, "id", node));
      String name = scalar(required(map, "name", node));
      Node categoryNode = required(map, "category", node);
      String category = scalar(categoryNode);
      if (!categories.contains(category)) {
        throw error(
            categoryNode,
            "skill \""
                + id
                + "\" has unknown category \""
                + category
                + "\" (known: "
                + String.join(", ", categories.stream().sorted().toList())
                + ")");
      }
      boolean article = map.containsKey("article") && bool(map.get("article"));
      List<Relation> related = new ArrayList<>();
      if (map.containsKey("related")) {
        for (Node r : sequence(map.get("related"))) {
          related.add(relation(r));
        }
      }
      List<Alias> aliases = new ArrayList<>();
      for (Node a : sequence(required(map, "aliases", node))) {
        aliases.add(alias(a, defaultConfidence));
      }
      if (aliases.isEmpty()) {
        throw error(node, "skill \"" + id + "\" has no aliases");
      }
      try {
        return new Skill(id, name, category, article, related, aliases, line(node));
      } catch (IllegalArgumentException e) {
        throw error(node, e.getMessage());
      }
    }

    private Relation relation(Node node) {
      if (node instanceof ScalarNode) {
        return new Relation(scalar(node), Relation.Kind.SIBLING);
      }
      Map<String, Node> map = mapping(node, Set.of("id", "relation"), "a related skill");
      String id = scalar(required(map, "id", node));
      Relation.Kind kind = Relation.Kind.SIBLING;
      if (map.containsKey("relation")) {
        String value = scalar(map.get("relation"));
        try {
          kind = Relation.Kind.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw error(
              map.get("relation"),
              "relation must be parent, child or sibling, not \"" + value + "\"");
        }
      }
      return new Relation(id, kind);
    }

    private Alias alias(Node node, double defaultConfidence) {
      if (node instanceof ScalarNode) {
        return new Alias(
            nonBlank(node), false, defaultConfidence, List.of(), List.of(), List.of(), line(node));
      }
      Map<String, Node> map = mapping(node, ALIAS_KEYS, "an alias");
      String text = nonBlank(required(map, "text", node));
      boolean caseSensitive = map.containsKey("caseSensitive") && bool(map.get("caseSensitive"));
      double confidence =
          map.containsKey("confidence") ? confidence(map.get("confidence")) : defaultConfidence;
      List<Condition> when = conditions(map.get("when"));
      List<Condition> unless = conditions(map.get("unless"));
      List<String> also = new ArrayList<>();
      if (map.containsKey("also")) {
        for (Node a : sequence(map.get("also"))) {
          also.add(scalar(a));
        }
      }
      return new Alias(text, caseSensitive, confidence, when, unless, also, line(node));
    }

    private List<Condition> conditions(Node node) {
      if (node == null) {
        return List.of();
      }
      List<Condition> conditions = new ArrayList<>();
      for (Node c : sequence(node)) {
        conditions.add(condition(c));
      }
      return conditions;
    }

    private Condition condition(Node node) {
      Set<String> allowed = new HashSet<>(CONDITION_KINDS);
      allowed.add("window");
      allowed.add("confidence");
      Map<String, Node> map = mapping(node, allowed, "a condition");
      List<String> kinds = map.keySet().stream().filter(CONDITION_KINDS::contains).toList();
      if (kinds.size() != 1) {
        throw error(
            node,
            "a condition needs exactly one of "
                + String.join(", ", CONDITION_KINDS.stream().sorted().toList())
                + ", found "
                + (kinds.isEmpty() ? "none" : String.join(", ", kinds)));
      }
      String kind = kinds.getFirst();
      if (map.containsKey("window") && !kind.equals("near")) {
        throw error(
            map.get("window"),
            "`window` goes with `near` only (nearSkill takes its window as its value)");
      }
      OptionalDouble confidence =
          map.containsKey("confidence")
              ? OptionalDouble.of(confidence(map.get("confidence")))
              : OptionalDouble.empty();
      Node value = map.get(kind);
      return switch (kind) {
        case "before" -> new Condition.Before(regex(value, "(?:", ")$"), confidence);
        case "after" -> new Condition.After(regex(value, "^(?:", ")"), confidence);
        case "sentence" -> new Condition.Sentence(regex(value, "", ""), confidence);
        case "nearSkill" -> new Condition.NearSkill(positive(value), confidence);
        case "pos" -> new Condition.Pos(new HashSet<>(strings(value)), confidence);
        case "near" -> near(value, map.get("window"), confidence);
        default -> throw new IllegalStateException(kind);
      };
    }

    private Condition near(Node value, Node window, OptionalDouble confidence) {
      Set<String> words = new HashSet<>();
      List<String> prefixes = new ArrayList<>();
      for (String word : strings(value)) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("*")) {
          prefixes.add(w.substring(0, w.length() - 1));
        } else {
          words.add(w);
        }
      }
      int size = window == null ? DEFAULT_NEAR_WINDOW : positive(window);
      return new Condition.Near(words, prefixes, size, confidence);
    }

    private List<String> strings(Node node) {
      if (node instanceof ScalarNode) {
        return List.of(nonBlank(node));
      }
      List<String> values = new ArrayList<>();
      for (Node n : sequence(node)) {
        values.add(nonBlank(n));
      }
      if (values.isEmpty()) {
        throw error(node, "the list is empty");
      }
      return values;
    }

    private Pattern regex(Node node, String prefix, String suffix) {
      String value = nonBlank(node);
      try {
        return Pattern.compile(prefix + value + suffix);
      } catch (PatternSyntaxException e) {
        throw error(node, "bad regular expression '" + value + "': " + e.getDescription());
      }
    }

    private int positive(Node node) {
      String value = scalar(node);
      try {
        int n = Integer.parseInt(value);
        if (n >= 1 && n <= 100) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(node, "expected a whole number from 1 to 100, not \"" + value + "\"");
    }

    private double confidence(Node node) {
      String value = scalar(node);
      try {
        double d = Double.parseDouble(value);
        if (d > 0 && d <= 1) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(node, "confidence must be a number in (0, 1], not \"" + value + "\"");
    }

    private boolean bool(Node node) {
      String value = scalar(node);
      return switch (value) {
        case "true" -> true;
        case "false" -> false;
        default -> throw error(node, "expected true or false, not \"" + value + "\"");
      };
    }

    private Map<String, Node> mapping(Node node, Set<String> allowed, String what) {
      if (!(node instanceof MappingNode mapping)) {
        throw error(node, what + " must be a mapping");
      }
      Map<String, Node> map = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        String key = scalar(tuple.getKeyNode());
        if (!allowed.contains(key)) {
          throw error(
              tuple.getKeyNode(),
              "unknown key \""
                  + key
                  + "\" in "
                  + what
                  + " (allowed: "
                  + String.join(", ", allowed.stream().sorted().toList())
                  + ")");
        }
        if (map.put(key, tuple.getValueNode()) != null) {
          throw error(tuple.getKeyNode(), "key \"" + key + "\" appears twice");
        }
      }
      return map;
    }

    private Node required(Map<String, Node> map, String key, Node owner) {
      Node node = map.get(key);
      if (node == null) {
        throw error(owner, "missing required key \"" + key + "\"");
      }
      return node;
    }

    private List<Node> sequence(Node node) {
      if (!(node instanceof SequenceNode sequence)) {
        throw error(node, "expected a list");
      }
      return sequence.getValue();
    }

    private String scalar(Node node) {
      if (!(node instanceof ScalarNode scalar)) {
        throw error(node, "expected a single value");
      }
      return scalar.getValue();
    }

    private String nonBlank(Node node) {
      String value = scalar(node);
      if (value.isBlank()) {
        throw error(node, "the value is empty");
      }
      return value;
    }

    private TaxonomyException error(Node node, String problem) {
      return new TaxonomyException(source, line(node), problem);
    }

    private static int line(Node node) {
      return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
  }
}
