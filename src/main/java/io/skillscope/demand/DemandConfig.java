package io.skillscope.demand;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Defaults and bounds of the demand queries. */
@ConfigMapping(prefix = "skillscope.demand")
public interface DemandConfig {

  /** Skills a trend shows when none are named: the most asked-for ones. */
  @WithDefault("10")
  int trendSkills();

  /** The most skills one trend request may name; each costs one facet pass. */
  @WithDefault("50")
  int maxTrendSkills();

  /**
   * The most buckets a trend may have (10 years of weeks); a wider span needs a coarser interval.
   */
  @WithDefault("530")
  int maxBuckets();

  /** Co-occurring skills or pairs listed when {@code top} is not given. */
  @WithDefault("10")
  int cooccurrenceTop();

  /**
   * Postings a pair must share to be listed by lift: rare pairs have huge, meaningless lifts (two
   * skills named once, together, have the largest lift of all).
   */
  @WithDefault("5")
  int minSupport();

  /** The defaults above, for code that runs outside the service (tools, tests). */
  static DemandConfig defaults() {
    return new DemandConfig() {
      @Override
      public int trendSkills() {
        return 10;
      }

      @Override
      public int maxTrendSkills() {
        return 50;
      }

      @Override
      public int maxBuckets() {
        return 530;
      }

      @Override
      public int cooccurrenceTop() {
        return 10;
      }

      @Override
      public int minSupport() {
        return 5;
      }
    };
  }
}
