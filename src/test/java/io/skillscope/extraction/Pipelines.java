package io.skillscope.extraction;

import io.skillscope.taxonomy.TaxonomyLoader;

/** Pipelines shared by the tests of this package: the models load once per test JVM. */
final class Pipelines {

  private static OpenNlpModels models;
  private static SkillExtractor defaults;

  private Pipelines() {}

  static synchronized OpenNlpModels models() {
    if (models == null) {
      models = OpenNlpModels.load();
    }
    return models;
  }

  /** The pipeline over the default taxonomy (models/taxonomy.yaml). */
  static synchronized SkillExtractor defaults() {
    if (defaults == null) {
      defaults =
          SkillExtractor.create(
              TaxonomyLoader.loadResource(TaxonomyLoader.DEFAULT_RESOURCE), models());
    }
    return defaults;
  }

  /** A pipeline over an inline taxonomy; {@code skills} is the YAML list under {@code skills:}. */
  static SkillExtractor of(String skills) {
    String yaml = "version: \"t\"\ncategories: [c]\nskills:\n" + skills;
    return SkillExtractor.create(TaxonomyLoader.parse(yaml, "inline.yaml"), models());
  }
}
