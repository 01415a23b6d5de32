package io.skillscope.tools;

import io.skillscope.testing.KafkaBroker;
import io.skillscope.testing.KafkaTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The Kafka ingest benchmark ({@code ./mvnw -Pbench-kafka test-compile exec:exec}, after {@code
 * package}): a real broker ({@link KafkaBroker}) and 1, then 2, replicas of the packaged service
 * consuming one input topic of {@code bench.partitions} partitions as one group. Each pass sends
 * the corpus (under new externalIds) and waits until the group has committed every record, i.e.
 * every posting is durable and announced on the extracted topic. Reports postings/s and the
 * replicas' CPU ms per posting: on 2 cores the replicas, the broker and this producer share the
 * machine, so the CPU per posting is the figure to project from, not the rate.
 *
 * <p>On the embedded store each replica has a store of its own (they share the consumption, not the
 * postings); with {@code -Dbench.serviceArgs="-Dskillscope.store.backend=opensearch ..."} they
 * share one.
 *
 * <p>Properties: {@code bench.replicas} (default {@code 1,2}), {@code bench.passes} (measured,
 * default 3), {@code bench.warmups} (default 2), {@code bench.partitions} (default 4), {@code
 * bench.serviceArgs} (more service JVM options, space-separated).
 */
public final class KafkaIngestBenchmark {

  private static final String TOPIC = "bench.postings";

  public static void main(String[] args) throws Exception {
    List<Integer> replicaCounts =
        Arrays.stream(System.getProperty("bench.replicas", "1,2").split(","))
            .map(String::strip)
            .map(Integer::parseInt)
            .toList();
    int passes = Integer.getInteger("bench.passes", 3);
    int warmups = Integer.getInteger("bench.warmups", 2);
    int partitions = Integer.getInteger("bench.partitions", 4);
    List<String> extra =
        Arrays.stream(System.getProperty("bench.serviceArgs", "").split("\\s+"))
            .filter(a -> !a.isBlank())
            .toList();
    List<Corpus.Posting> corpus = Corpus.postings();
    System.out.printf(
        Locale.ROOT,
        "Kafka ingest: %,d postings a pass, %d warm-up and %d measured passes, %d partitions,"
            + " %d cores%n%n",
        corpus.size(),
        warmups,
        passes,
        partitions,
        Runtime.getRuntime().availableProcessors());
    System.out.println("| replicas | postings/s (median) | service CPU ms/posting (median) |");
    System.out.println("|---|---|---|");
    Map<Integer, String> byPool = new java.util.LinkedHashMap<>();
    for (int replicas : replicaCounts) {
      try (KafkaBroker broker = KafkaBroker.start()) {
        String topic = TOPIC;
        broker.createTopic(topic, partitions);
        broker.createTopic("bench.extracted", partitions);
        broker.createTopic("bench.rejected", 1);
        List<PackagedService> services = new ArrayList<>();
        try {
          for (int r = 0; r < replicas; r++) {
            List<String> properties = new ArrayList<>(extra);
            properties.addAll(
                List.of(
                    "-Dskillscope.kafka.enabled=true",
                    "-Dkafka.bootstrap.servers=" + broker.bootstrap(),
                    "-Dskillscope.kafka.topic=" + topic,
                    "-Dskillscope.kafka.extracted-topic=bench.extracted",
                    "-Dskillscope.kafka.rejected-topic=bench.rejected",
                    "-Dskillscope.kafka.group=bench"));
            services.add(PackagedService.start("kafka-bench-" + r, List.of("-Xmx1g"), properties));
          }
          List<Double> rates = new ArrayList<>();
          List<Double> cpus = new ArrayList<>();
          Map<String, Long> ticks0 = Map.of();
          for (int pass = 0; pass < warmups + passes; pass++) {
            if (pass == warmups) {
              ticks0 = ticks(services);
            }
            Duration cpu0 = cpu(services);
            long start = System.nanoTime();
            KafkaTopics.send(broker.bootstrap(), topic, records(corpus, replicas + "-" + pass));
            awaitCommitted(broker, topic);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMs = cpu(services).minus(cpu0).toNanos() / 1e6 / corpus.size();
            if (pass >= warmups) {
              rates.add(corpus.size() / seconds);
              cpus.add(cpuMs);
            }
          }
          System.out.printf(
              Locale.ROOT, "| %d | %,.0f | %.2f |%n", replicas, median(rates), median(cpus));
          byPool.put(replicas, perPosting(ticks0, ticks(services), passes * corpus.size()));
        } finally {
          for (PackagedService service : services) {
            service.close();
          }
        }
      }
    }
    printPools(byPool);
  }

  /** Service CPU ticks (1/100 s) by thread name, summed over the replicas (Linux: /proc). */
  private static Map<String, Long> ticks(List<PackagedService> services) {
    Map<String, Long> sum = new java.util.TreeMap<>();
    for (PackagedService s : services) {
      IngestBenchmark.threadTicks(s.pid()).forEach((name, t) -> sum.merge(name, t, Long::sum));
    }
    return sum;
  }

  /** The thread groups that used at least 0.05 CPU ms a posting, largest first. */
  private static String perPosting(Map<String, Long> before, Map<String, Long> after, long n) {
    StringBuilder out = new StringBuilder();
    after.entrySet().stream()
        .map(
            e ->
                Map.entry(
                    e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) * 10.0 / n))
        .filter(e -> e.getValue() >= 0.05)
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .forEach(
            e -> out.append(String.format(Locale.ROOT, "%s %.2f; ", e.getKey(), e.getValue())));
    return out.toString();
  }

  private static void printPools(Map<Integer, String> byPool) {
    System.out.println();
    System.out.println("Service CPU ms a posting by thread (threads that ended are missed):");
    byPool.forEach((r, line) -> System.out.printf(Locale.ROOT, "- %d replica(s): %s%n", r, line));
  }

  private static List<KafkaTopics.Out> records(List<Corpus.Posting> corpus, String pass) {
    List<KafkaTopics.Out> out = new ArrayList<>(corpus.size());
    for (Corpus.Posting p : corpus) {
      String ext = "bench-" + pass + "-" + p.id();
      out.add(KafkaTopics.Out.of(ext, p.asRequest(ext)));
    }
    return out;
  }

  /** Waits until the group has committed every partition up to its end. */
  private static void awaitCommitted(KafkaBroker broker, String topic) throws Exception {
    try (Admin admin = broker.admin()) {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
      while (System.nanoTime() < deadline) {
        Map<TopicPartition, OffsetAndMetadata> committed =
            admin.listConsumerGroupOffsets("bench").partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        for (var info :
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()) {
          latest.put(new TopicPartition(topic, info.partition()), OffsetSpec.latest());
        }
        var ends = admin.listOffsets(latest).all().get();
        boolean done = true;
        for (var end : ends.entrySet()) {
          OffsetAndMetadata at = committed.get(end.getKey());
          done &= at != null && at.offset() >= end.getValue().offset();
        }
        if (done) {
          return;
        }
        Thread.sleep(50);
      }
      throw new IllegalStateException("the group did not commit everything in 10 minutes");
    }
  }

  private static Duration cpu(List<PackagedService> services) {
    Duration total = Duration.ZERO;
    for (PackagedService s : services) {
      total = total.plus(s.process().info().totalCpuDuration().orElse(Duration.ZERO));
    }
    return total;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
