package io.skillscope.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionDetectorTest {

  private final SectionDetector detector = new SectionDetector();

  @Test
  void findsTheHeadingsOfAPostingWithTheirKinds() {
    String text =
        """
        About Us
        We build forecasting tools.
        What you'll do:
        - Train models
        Requirements
        - 3+ years of Python
        Nice to have
        - Spark
        Benefits:
        - Health insurance
        """;
    List<Section> sections = detector.detect(text);
    assertThat(sections)
        .extracting(Section::heading)
        .containsExactly("About Us", "What you'll do", "Requirements", "Nice to have", "Benefits");
    assertThat(sections)
        .extracting(Section::kind)
        .containsExactly(
            Section.Kind.COMPANY,
            Section.Kind.RESPONSIBILITIES,
            Section.Kind.REQUIREMENTS,
            Section.Kind.PREFERRED,
            Section.Kind.BENEFITS);
  }

  @Test
  void aSectionRunsFromItsHeadingToTheNextHeading() {
    String text = "Intro line\nQualifications:\nPython\nSQL\nBonus Points\nSpark";
    List<Section> sections = detector.detect(text);
    assertThat(sections).hasSize(2);
    Section first = sections.getFirst();
    assertThat(text.substring(first.start(), first.start() + first.heading().length()))
        .isEqualTo("Qualifications");
    assertThat(first.end()).isEqualTo(text.indexOf("Bonus Points"));
    assertThat(sections.get(1).end()).isEqualTo(text.length());
  }

  @Test
  void headingsWithBulletsMarkdownAndCaseVariants() {
    assertThat(detector.detect("**PREFERRED QUALIFICATIONS**\nx"))
        .extracting(Section::kind)
        .containsExactly(Section.Kind.PREFERRED);
    assertThat(detector.detect("## What You Will Be Doing\nx"))
        .extracting(Section::kind)
        .containsExactly(Section.Kind.RESPONSIBILITIES);
    assertThat(detector.detect("• Basic Qualifications:\nx"))
        .extracting(Section::heading)
        .containsExactly("Basic Qualifications");
  }

  @Test
  void anInlineHeadingOpensASection() {
    List<Section> sections = detector.detect("Skills Required: Python, SQL and Tableau\nmore");
    assertThat(sections).extracting(Section::heading).containsExactly("Skills Required");
    assertThat(sections.getFirst().kind()).isEqualTo(Section.Kind.REQUIREMENTS);
  }

  @Test
  void listItemsAndKeyValueLinesAreNotHeadings() {
    assertThat(detector.detect("Excellent written and verbal communication skills\n")).isEmpty();
    assertThat(detector.detect("Python: 2 years (Required)\n")).isEmpty();
    assertThat(detector.detect("Machine Learning\nPython\n")).isEmpty();
    assertThat(detector.detect("You have strong Python skills.\n")).isEmpty();
    assertThat(detector.detect("We work with many of the following tools and platforms:\n"))
        .isEmpty();
  }

  @Test
  void bonusPayIsABenefitAndBonusPointsArePreferred() {
    assertThat(SectionDetector.classify("Bonus pay")).isEqualTo(Section.Kind.BENEFITS);
    assertThat(SectionDetector.classify("Bonus points")).isEqualTo(Section.Kind.PREFERRED);
    assertThat(SectionDetector.classify("Preferred Qualifications"))
        .isEqualTo(Section.Kind.PREFERRED);
    assertThat(SectionDetector.classify("Minimum Qualifications"))
        .isEqualTo(Section.Kind.REQUIREMENTS);
    assertThat(SectionDetector.classify("What you'll bring")).isEqualTo(Section.Kind.REQUIREMENTS);
    assertThat(SectionDetector.classify("Who we are")).isEqualTo(Section.Kind.COMPANY);
    assertThat(SectionDetector.classify("About the role")).isEqualTo(Section.Kind.RESPONSIBILITIES);
    assertThat(SectionDetector.classify("Job Description")).isEqualTo(Section.Kind.OTHER);
    assertThat(SectionDetector.classify("The Ideal Candidate")).isEqualTo(Section.Kind.PREFERRED);
    assertThat(SectionDetector.classify("What You're Going to Do"))
        .isEqualTo(Section.Kind.RESPONSIBILITIES);
  }
}
