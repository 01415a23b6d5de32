package io.skillscope.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes and reads topics of a test broker as a producer and an analyst would: text keys and
 * values, every record acknowledged by the broker before {@link #send} returns, and {@link #read}
 * reading a topic from its beginning (no group, nothing committed).
 */
public final class KafkaTopics {

  private KafkaTopics() {}

  /** A record to send: {@code partition} null lets the key choose it. */
  public record Out(Integer partition, String key, String value) {
    public static Out of(String key, String value) {
      return new Out(null, key, value);
    }
  }

  /** Sends the records in order and waits until the broker acknowledged every one. */
  public static void send(String bootstrap, String topic, List<Out> records) {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                5),
            new StringSerializer(),
            new StringSerializer())) {
      List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
      for (Out out : records) {
        sent.add(
            producer.send(new ProducerRecord<>(topic, out.partition(), out.key(), out.value())));
      }
      for (Future<RecordMetadata> future : sent) {
        future.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a record was not acknowledged: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * Reads the topic from its beginning until {@code enough} holds for everything read so far, or
   * {@code timeout} passes; returns what was read either way, in offset order per partition.
   */
  public static List<ConsumerRecord<String, String>> read(
      String bootstrap,
      String topic,
      Predicate<List<ConsumerRecord<String, String>>> enough,
      Duration timeout) {
    try (Tail tail = new Tail(bootstrap, topic)) {
      return tail.readUntil(enough, timeout);
    }
  }

  /**
   * A topic read from its beginning as records arrive, keeping everything read; for a test that
   * watches a topic grow. Not thread-safe.
   */
  public static final class Tail implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final String topic;
    private final List<ConsumerRecord<String, String>> read = new ArrayList<>();
    private boolean assigned;

    public Tail(String bootstrap, String topic) {
      this.topic = topic;
      this.consumer =
          new KafkaConsumer<>(
              Map.of(
                  ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                  bootstrap,
                  ConsumerConfig.CLIENT_ID_CONFIG,
                  "reader-" + UUID.randomUUID(),
                  ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                  false),
              new StringDeserializer(),
              new StringDeserializer());
    }

    /** Reads on until {@code enough} holds for all read so far or the timeout passes. */
    public List<ConsumerRecord<String, String>> readUntil(
        Predicate<List<ConsumerRecord<String, String>>> enough, Duration timeout) {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!assigned && System.nanoTime() < deadline) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(topic)) {
          partitions.add(new TopicPartition(topic, info.partition()));
        }
        if (!partitions.isEmpty()) {
          consumer.assign(partitions);
          consumer.seekToBeginning(partitions);
          assigned = true;
        }
      }
      while (!enough.test(read) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(read::add);
      }
      return List.copyOf(read);
    }

    @Override
    public void close() {
      consumer.close();
    }
  }
}
