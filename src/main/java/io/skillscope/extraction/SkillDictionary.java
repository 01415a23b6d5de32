package io.skillscope.extraction;

import io.skillscope.taxonomy.Alias;
import io.skillscope.taxonomy.Skill;
import io.skillscope.taxonomy.Taxonomy;
import io.skillscope.taxonomy.TaxonomyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * Every alias of the taxonomy in one Lucene {@link FST}, keyed on normalised token sequences, for
 * longest-match lookup over a token stream.
 *
 * <p>Why an FST and not {@code SynonymGraphFilter} or the Lucene monitor: the FST is what {@code
 * SynonymMap} is built on, and walking it directly gives every alias that starts at a token, with
 * its length, in one pass and without re-emitting tokens; the synonym filter would rewrite the
 * stream and lose the token-to-alias link we need for context rules, and the monitor answers "which
 * queries match this document", not "where". Measured at about 12,000 postings/s per core
 * (shared/design/MEASUREMENTS.md).
 *
 * <p>Building also checks that no two skills claim the same alias without a rule that tells them
 * apart. Immutable and thread-safe: each lookup takes its own FST reader.
 */
final class SkillDictionary {

  /** Separates tokens in a key; never part of a token (SimpleTokenizer splits on it). */
  private static final int SEPARATOR = 0x1F;

  /** Ends the key of a prefix alias ("collaborat*"): any token that starts so completes it. */
  private static final int PREFIX_END = 0x1E;

  /**
   * One alias of one skill, as stored in the dictionary.
   *
   * @param skill the skill
   * @param alias the alias
   * @param surface the alias's tokens as written, for case-sensitive comparison
   * @param prefix whether the last token is a prefix ("collaborat*")
   */
  record Entry(Skill skill, Alias alias, String[] surface, boolean prefix) {

    /** Whether tokens [from, to) of {@code text} are written exactly as the alias. */
    boolean sameCase(String[] text, int from, int to) {
      int last = surface.length - 1;
      if (!Arrays.equals(surface, 0, last, text, from, to - 1)) {
        return false;
      }
      return prefix ? text[to - 1].startsWith(surface[last]) : text[to - 1].equals(surface[last]);
    }
  }

  /**
   * Aliases that start at a token and run for {@code length} tokens.
   *
   * @param length tokens covered
   * @param entries the aliases with this key
   */
  record Match(int length, List<Entry> entries) {}

  private final FST<Long> fst;
  private final List<List<Entry>> groups;
  private final boolean hasPrefixes;

  private SkillDictionary(FST<Long> fst, List<List<Entry>> groups) {
    this.fst = fst;
    this.groups = groups;
    this.hasPrefixes = groups.stream().flatMap(List::stream).anyMatch(Entry::prefix);
  }

  /** Builds the dictionary, failing with the file and line of any unresolvable alias clash. */
  static SkillDictionary build(Taxonomy taxonomy) {
    Map<IntsRef, List<Entry>> byKey = new TreeMap<>();
    for (Skill skill : taxonomy.skills()) {
      for (Alias alias : skill.aliases()) {
        boolean prefix = alias.text().endsWith("*");
        String text = prefix ? alias.text().substring(0, alias.text().length() - 1) : alias.text();
        Tokens.TokenSeq tokens = Tokens.of(text, 0);
        if (tokens.size() == 0) {
          throw new TaxonomyException(
              taxonomy.source(),
              alias.line(),
              "alias \"" + alias.text() + "\" has no letters or digits");
        }
        String[] keyTokens = tokens.norm().clone();
        if (prefix) {
          // A prefix is compared before stemming: "analyses*" must not become "analyse*".
          keyTokens[keyTokens.length - 1] = tokens.lower()[keyTokens.length - 1];
        }
        IntsRefBuilder key = new IntsRefBuilder();
        Util.toUTF32(
            String.join(String.valueOf((char) SEPARATOR), keyTokens)
                + (prefix ? String.valueOf((char) PREFIX_END) : ""),
            key);
        Entry entry = new Entry(skill, alias, tokens.surface(), prefix);
        List<Entry> group = byKey.computeIfAbsent(key.toIntsRef(), k -> new ArrayList<>());
        for (Entry other : group) {
          checkDistinguishable(taxonomy, other, entry);
        }
        group.add(entry);
      }
    }
    try {
      FSTCompiler<Long> compiler =
          new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, PositiveIntOutputs.getSingleton())
              .build();
      List<List<Entry>> groups = new ArrayList<>(byKey.size());
      for (Map.Entry<IntsRef, List<Entry>> e : byKey.entrySet()) {
        compiler.add(e.getKey(), (long) groups.size());
        groups.add(List.copyOf(e.getValue()));
      }
      FST<Long> fst = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
      return new SkillDictionary(fst, List.copyOf(groups));
    } catch (IOException e) {
      throw new UncheckedIOException("building the alias FST in memory failed", e);
    }
  }

  private static void checkDistinguishable(Taxonomy taxonomy, Entry first, Entry second) {
    Alias a = first.alias();
    Alias b = second.alias();
    boolean told =
        a.conditional()
            || b.conditional()
            || (a.caseSensitive()
                && b.caseSensitive()
                && !Arrays.equals(first.surface(), second.surface()));
    if (told) {
      return;
    }
    String problem =
        first.skill().id().equals(second.skill().id())
            ? "alias \""
                + b.text()
                + "\" of \""
                + second.skill().id()
                + "\" is the same as alias \""
                + a.text()
                + "\" at line "
                + a.line()
            : "alias \""
                + b.text()
                + "\" is claimed by \""
                + first.skill().id()
                + "\" (line "
                + a.line()
                + ") and by \""
                + second.skill().id()
                + "\"; give one of them a `when` rule to tell them apart";
    throw new TaxonomyException(taxonomy.source(), b.line(), problem);
  }

  /** Number of distinct alias keys. */
  int size() {
    return groups.size();
  }

  /**
   * Every alias whose tokens start at {@code start} in {@code norm}, longest first.
   *
   * @param tokens the sentence's tokens
   * @param start the first token
   * @param out receives the matches (cleared first)
   */
  void matchesAt(Tokens.TokenSeq tokens, int start, List<Match> out) {
    out.clear();
    try {
      walk(tokens.norm(), tokens.lower(), start, out);
    } catch (IOException e) {
      // The FST lives on the heap; its reader cannot fail.
      throw new UncheckedIOException(e);
    }
  }

  private void walk(String[] norm, String[] lower, int start, List<Match> out) throws IOException {
    FST.BytesReader reader = fst.getBytesReader();
    FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
    FST.Arc<Long> scratch = new FST.Arc<>();
    FST.Arc<Long> end = new FST.Arc<>();
    long output = 0;
    for (int t = start; t < norm.length; t++) {
      if (t > start) {
        if (fst.findTargetArc(SEPARATOR, arc, arc, reader) == null) {
          return;
        }
        output += arc.output();
      }
      int length = t - start + 1;
      if (hasPrefixes) {
        // Prefix aliases end on the unstemmed token ("analy*" meets "analysis" and "analyses").
        Match prefix = prefixMatch(lower[t], scratch.copyFrom(arc), end, output, length, reader);
        if (prefix != null) {
          out.addFirst(prefix);
        }
      }
      output = follow(norm[t], arc, output, reader);
      if (output < 0) {
        return;
      }
      if (arc.isFinal()) {
        out.addFirst(new Match(length, groups.get((int) (output + arc.nextFinalOutput()))));
      }
    }
  }

  /** Follows the arcs of {@code token}; the output so far, or -1 when the FST has no such path. */
  private long follow(String token, FST.Arc<Long> arc, long output, FST.BytesReader reader)
      throws IOException {
    long sum = output;
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      if (fst.findTargetArc(cp, arc, arc, reader) == null) {
        return -1;
      }
      sum += arc.output();
      i += Character.charCount(cp);
    }
    return sum;
  }

  /** The longest prefix alias that {@code token} starts with, from {@code arc}'s state. */
  private Match prefixMatch(
      String token,
      FST.Arc<Long> arc,
      FST.Arc<Long> end,
      long output,
      int length,
      FST.BytesReader reader)
      throws IOException {
    Match best = null;
    long sum = output;
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      if (fst.findTargetArc(cp, arc, arc, reader) == null) {
        break;
      }
      sum += arc.output();
      i += Character.charCount(cp);
      if (fst.findTargetArc(PREFIX_END, arc, end, reader) != null && end.isFinal()) {
        best = new Match(length, groups.get((int) (sum + end.output() + end.nextFinalOutput())));
      }
    }
    return best;
  }
}
