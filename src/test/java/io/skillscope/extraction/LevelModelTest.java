package io.skillscope.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DocumentSample;
import org.junit.jupiter.api.Test;

class LevelModelTest {

  @Test
  void trainerLabelsEachSentenceByItsSectionAndSkipsHeadingsAndGenericSections() {
    String text =
        """
        Acme is hiring.
        Job Description
        You will join a small team.
        About Us
        We build forecasting tools.
        Requirements
        - 3+ years of Python
        Nice to have
        - Spark
        Benefits:
        - Health insurance
        """;
    List<DocumentSample> samples =
        LevelSamples.label(text, new SentenceSplitter(OpenNlpModels.load()), new SectionDetector());
    assertThat(samples)
        .extracting(DocumentSample::getCategory)
        .containsExactly("other", "required", "preferred", "other");
    assertThat(samples)
        .extracting(s -> String.join(" ", s.getText()))
        .containsExactly(
            "we build forecasting tools", "0+ years of python", "spark", "health insurance");
  }

  @Test
  void tokensAreLowerCasedWithNumbersFoldedAndKeepCPlusPlus() {
    String s = "Use C++, C# and Node.js for 5 years.";
    assertThat(LevelModel.tokens(s, 0, s.length()))
        .containsExactly("use", "c++", "c#", "and", "node.js", "for", "0", "years");
  }

  @Test
  void shippedModelReadsAnObviousRequirementAsRequired() {
    Path file = Path.of(LevelModel.DEFAULT_PATH);
    assumeTrue(Files.exists(file), "no " + file);
    LevelModel model = LevelModel.load(file);
    String required = "Bachelor's degree in Computer Science and 5+ years of experience with Java.";
    assertThat(model.classify(required, 0, required.length())).isEqualTo(Level.REQUIRED);
    String company = "We offer a competitive salary, health insurance and paid time off.";
    assertThat(model.classify(company, 0, company.length())).isEqualTo(Level.OTHER);
  }
}
