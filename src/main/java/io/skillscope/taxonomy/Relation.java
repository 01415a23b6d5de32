package io.skillscope.taxonomy;

import java.util.Objects;

/**
 * A link from one skill to another, used for partial credit when matching candidates.
 *
 * @param id the related skill's id
 * @param kind how the related skill stands to this one
 */
public record Relation(String id, Kind kind) {

  /** How a related skill stands to the skill that names it. */
  public enum Kind {
    /** The related skill is broader (deep learning → machine learning). */
    PARENT,
    /** The related skill is narrower (machine learning → deep learning). */
    CHILD,
    /** The related skill does the same job (PyTorch ↔ TensorFlow). */
    SIBLING
  }

  public Relation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
  }
}
