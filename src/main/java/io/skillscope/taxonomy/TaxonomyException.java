package io.skillscope.taxonomy;

/**
 * The taxonomy file cannot be used. The message names the file, the line and the problem, so a user
 * can fix their file without reading code.
 */
public class TaxonomyException extends RuntimeException {

  private final String source;
  private final int line;

  public TaxonomyException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The file (or classpath resource) the problem is in. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, or 0 when it concerns the whole file. */
  public int line() {
    return line;
  }
}
