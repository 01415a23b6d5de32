package io.skillscope.demand;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * Skill demand per time bucket, from the bucket of the first matching posting to that of the last;
 * buckets without postings in between are listed with zeros.
 *
 * @param interval the bucket width
 * @param filters the filters applied
 * @param skills the skills followed, in the order each bucket lists them
 * @param buckets oldest first
 */
@JsonPropertyOrder({"interval", "filters", "skills", "buckets"})
public record Trends(
    Interval interval, DemandFilter filters, List<String> skills, List<Bucket> buckets) {

  public Trends {
    skills = List.copyOf(skills);
    buckets = List.copyOf(buckets);
  }

  /**
   * One bucket.
   *
   * @param start its first day
   * @param postings matching postings whose day falls in it
   * @param skills every followed skill, even at zero
   */
  @JsonPropertyOrder({"start", "postings", "skills"})
  public record Bucket(LocalDate start, long postings, List<SkillCount> skills) {

    public Bucket {
      skills = List.copyOf(skills);
    }
  }

  /**
   * One skill in one bucket.
   *
   * @param id skill id
   * @param count the bucket's postings naming it
   * @param share {@code count / postings} of the bucket, 0 for an empty bucket
   */
  @JsonPropertyOrder({"id", "count", "share"})
  public record SkillCount(String id, long count, double share) {}
}
