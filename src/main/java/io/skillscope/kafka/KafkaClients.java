package io.skillscope.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the Kafka clients of the ingest, with the settings its promises rest on: offsets are
 * committed by hand (only after the store acknowledged), the producer waits for every in-sync
 * replica and never writes a record twice on a retry. Values and keys stay bytes: the consumer
 * reads the JSON itself, so a record that is not JSON is a rejected record, not a stuck partition.
 */
@ApplicationScoped
class KafkaClients {

  private static final String PREFIX = "kafka.";

  private final KafkaConfig config;
  private final Map<String, Object> common = new HashMap<>();

  KafkaClients(
      KafkaConfig config,
      Config all,
      @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
          String bootstrap) {
    this.config = config;
    // Security, SASL and the like, as kafka.NAME in the configuration.
    StreamSupport.stream(all.getPropertyNames().spliterator(), false)
        .filter(name -> name.startsWith(PREFIX))
        .forEach(
            name ->
                all.getOptionalValue(name, String.class)
                    .ifPresent(value -> common.put(name.substring(PREFIX.length()), value)));
    common.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
  }

  /** The cluster, as configured. */
  String bootstrap() {
    return (String) common.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
  }

  Consumer<byte[], byte[]> consumer() {
    Map<String, Object> settings = new HashMap<>(common);
    settings.put(ConsumerConfig.GROUP_ID_CONFIG, config.group());
    settings.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId("consumer"));
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // A new group starts at the beginning: postings sent before the first replica started count.
    settings.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.pollRecords());
    // A commit or a position lookup while the cluster is down gives up after this, so the loop
    // comes round (and keeps the group) instead of blocking for the default minute.
    settings.putIfAbsent(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    return new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  Producer<byte[], byte[]> producer() {
    Map<String, Object> settings = new HashMap<>(common);
    settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId("producer"));
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    settings.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
    // With the cluster down a send fails after this, and its input records are tried again later;
    // the default two minutes would hold the consumer loop (and a shutdown) that long.
    settings.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    settings.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    return new KafkaProducer<>(settings, new ByteArraySerializer(), new ByteArraySerializer());
  }

  Admin admin() {
    Map<String, Object> settings = new HashMap<>(common);
    settings.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId("health"));
    return Admin.create(settings);
  }

  /** Names this process in the broker's logs and metrics: group, role and pid. */
  private String clientId(String role) {
    return config.group() + "-" + role + "-" + ProcessHandle.current().pid();
  }
}
