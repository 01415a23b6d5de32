package io.skillscope.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.skillscope.posting.PostingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.jboss.logging.Logger;

/**
 * Starts the consumer loop when {@code skillscope.kafka.enabled} is set, and stops it before the
 * store closes: the loop finishes the records the store has, commits them and leaves the group, so
 * another replica takes its partitions at once.
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
public class KafkaIngest {

  private static final Logger LOG = Logger.getLogger(KafkaIngest.class);

  /** How long a stop waits for the loop: within the service's shutdown timeout (8 s). */
  private static final long STOP_MILLIS = 7_000;

  private final KafkaConfig config;
  private final KafkaClients clients;
  private final PostingRecords records;
  private final PostingService postings;
  private final ConsumerState state;
  private IngestLoop loop;
  private Thread thread;
  private Admin admin;

  KafkaIngest(
      KafkaConfig config,
      KafkaClients clients,
      PostingRecords records,
      PostingService postings,
      MeterRegistry registry) {
    this.config = config;
    this.clients = clients;
    this.records = records;
    this.postings = postings;
    this.state = new ConsumerState(registry);
  }

  synchronized void start(@Observes StartupEvent event) {
    if (!config.enabled()) {
      return;
    }
    loop = new IngestLoop(clients.consumer(), clients.producer(), records, postings, config, state);
    admin = clients.admin();
    thread = Thread.ofPlatform().name("kafka-ingest").daemon(true).start(loop);
    LOG.infof(
        "Kafka ingest: consuming %s from %s as group %s",
        config.topic(), clients.bootstrap(), config.group());
  }

  synchronized void stop(@Observes ShutdownEvent event) {
    if (loop == null) {
      return;
    }
    loop.stop();
    try {
      thread.join(STOP_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("Kafka ingest: the consumer did not stop in time; its records are read again");
    }
    admin.close(Duration.ofSeconds(2));
    loop = null;
  }

  boolean enabled() {
    return config.enabled();
  }

  ConsumerState.Snapshot state() {
    return state.snapshot();
  }

  /** Whether the cluster answers within the health timeout. */
  synchronized boolean clusterReachable() {
    if (admin == null) {
      return false;
    }
    long millis = config.healthTimeout().toMillis();
    try {
      return !admin.describeCluster().nodes().get(millis, TimeUnit.MILLISECONDS).isEmpty();
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  String bootstrap() {
    return clients.bootstrap();
  }
}
