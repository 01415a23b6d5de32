package io.skillscope.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Health of the Kafka ingest. Ready when the cluster answers and the consumer loop runs: with Kafka
 * down the replica leaves the load balancer and consumption waits, losing nothing (the offsets of
 * what was not stored are not committed). Live unless the loop has stopped coming round ({@code
 * skillscope.kafka.stall-timeout}), which only a restart mends; Kafka being down is not that. With
 * Kafka ingest disabled both are UP and say so.
 */
final class KafkaHealth {

  private KafkaHealth() {}

  private static HealthCheckResponseBuilder base(KafkaIngest ingest, KafkaConfig config) {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("kafka-ingest").withData("enabled", ingest.enabled());
    if (ingest.enabled()) {
      ConsumerState.Snapshot state = ingest.state();
      response
          .withData("bootstrap", ingest.bootstrap())
          .withData("topic", config.topic())
          .withData("group", config.group())
          .withData("running", state.running())
          .withData("assignedPartitions", state.assigned())
          .withData("inFlight", state.inFlight())
          .withData("maxInFlight", config.maxInFlight())
          .withData("highWater", state.highWater())
          .withData("paused", state.paused())
          .withData("pauses", state.pauses());
      if (state.lastError() != null) {
        response.withData("lastError", state.lastError());
      }
    }
    return response;
  }

  /** Kafka reachable and the consumer running. */
  @Readiness
  @ApplicationScoped
  static class Ready implements HealthCheck {

    private final KafkaIngest ingest;
    private final KafkaConfig config;

    Ready(KafkaIngest ingest, KafkaConfig config) {
      this.ingest = ingest;
      this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
      HealthCheckResponseBuilder response = base(ingest, config);
      if (!ingest.enabled()) {
        return response.up().build();
      }
      boolean reachable = ingest.clusterReachable();
      response.withData("clusterReachable", reachable);
      return (reachable && ingest.state().running() ? response.up() : response.down()).build();
    }
  }

  /** The consumer loop still comes round. */
  @Liveness
  @ApplicationScoped
  static class Live implements HealthCheck {

    private final KafkaIngest ingest;
    private final KafkaConfig config;

    Live(KafkaIngest ingest, KafkaConfig config) {
      this.ingest = ingest;
      this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
      HealthCheckResponseBuilder response = base(ingest, config);
      if (!ingest.enabled()) {
        return response.up().build();
      }
      ConsumerState.Snapshot state = ingest.state();
      boolean stalled = state.sinceTurn().compareTo(config.stallTimeout()) > 0;
      response.withData("secondsSinceLastTurn", state.sinceTurn().toSeconds());
      return (state.running() && !stalled ? response.up() : response.down()).build();
    }
  }
}
