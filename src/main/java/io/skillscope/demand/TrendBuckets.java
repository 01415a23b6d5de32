package io.skillscope.demand;

import io.skillscope.posting.InvalidQueryException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The buckets of one trend: from the bucket of its first day to that of its last, none skipped.
 *
 * @param interval the bucket width
 * @param starts the first day of each bucket, ascending
 */
record TrendBuckets(Interval interval, List<LocalDate> starts) {

  TrendBuckets(Interval interval, long firstDay, long lastDay, int maxBuckets) {
    this(interval, starts(interval, firstDay, lastDay, maxBuckets));
  }

  private static List<LocalDate> starts(
      Interval interval, long firstDay, long lastDay, int maxBuckets) {
    List<LocalDate> starts = new ArrayList<>();
    LocalDate last = LocalDate.ofEpochDay(lastDay);
    for (LocalDate s = interval.start(LocalDate.ofEpochDay(firstDay));
        !s.isAfter(last);
        s = interval.next(s)) {
      if (starts.size() == maxBuckets) {
        throw new InvalidQueryException(
            "interval",
            "the postings span more than "
                + maxBuckets
                + " "
                + interval.json()
                + "s; narrow from/to or use a longer interval");
      }
      starts.add(s);
    }
    return starts;
  }

  /** The bucket index of every day from {@code firstDay} to {@code lastDay}. */
  int[] bucketOfDay(long firstDay, long lastDay) {
    int[] bucketOf = new int[(int) (lastDay - firstDay + 1)];
    int bucket = 0;
    for (int d = 0; d < bucketOf.length; d++) {
      while (bucket + 1 < starts.size() && starts.get(bucket + 1).toEpochDay() <= firstDay + d) {
        bucket++;
      }
      bucketOf[d] = bucket;
    }
    return bucketOf;
  }

  List<Trends.Bucket> assemble(long[] postings, List<String> skills, List<long[]> perSkill) {
    List<Trends.Bucket> buckets = new ArrayList<>(starts.size());
    for (int b = 0; b < starts.size(); b++) {
      List<Trends.SkillCount> counts = new ArrayList<>(skills.size());
      for (int s = 0; s < skills.size(); s++) {
        long count = perSkill.get(s)[b];
        counts.add(
            new Trends.SkillCount(skills.get(s), count, DemandService.share(count, postings[b])));
      }
      buckets.add(new Trends.Bucket(starts.get(b), postings[b], counts));
    }
    return buckets;
  }
}
