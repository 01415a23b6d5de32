package io.skillscope.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.skillscope.tools.Corpus;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Over every real posting of the shared corpus, every mention's offsets give back its text. */
class CorpusOffsetsTest {

  @Test
  void everyMentionOfEveryCorpusPostingPointsAtItsText() {
    assumeTrue(Files.exists(Corpus.postingsFile()), "shared corpus not present");
    List<String> wrong = new ArrayList<>();
    int mentions = 0;
    for (Corpus.Posting posting : Corpus.postings()) {
      String text = posting.description();
      Extraction extraction = Pipelines.defaults().extract(text);
      for (ExtractedSkill skill : extraction.skills()) {
        int previousEnd = -1;
        for (Mention m : skill.mentions()) {
          mentions++;
          if (m.end() > text.length() || !text.substring(m.start(), m.end()).equals(m.text())) {
            wrong.add(posting.id() + " " + skill.id() + " " + m);
          }
          if (m.start() < previousEnd) {
            wrong.add(posting.id() + " overlapping mentions of " + skill.id() + " at " + m.start());
          }
          previousEnd = m.end();
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(mentions).as("mentions over the corpus").isGreaterThan(10_000);
  }
}
