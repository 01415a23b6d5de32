package io.skillscope.kafka;

import jakarta.inject.Singleton;
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

  /**
   * What both checks say; each decides UP or DOWN for its own reason. The checks are singletons,
   * not proxied: nothing here needs a client proxy, and a proxy would need a no-argument
   * constructor.
   */
  abstract static class Check implements HealthCheck {

    final KafkaIngest ingest;
    final KafkaConfig config;

    Check(KafkaIngest ingest, KafkaConfig config) {
      this.ingest = ingest;
      this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
      HealthCheckResponseBuilder response =
          HealthCheckResponse.named("kafka-ingest").withData("enabled", ingest.enabled());
      if (!ingest.enabled()) {
        return response.up().build();
      }
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
      return (up(state, response) ? response.up() : response.down()).build();
    }

    /** Whether the check is UP; may add data of its own. */
    abstract boolean up(ConsumerState.Snapshot state, HealthCheckResponseBuilder response);
  }

  /** Kafka reachable and the consumer running. */
  @Readiness
  @Singleton
  static class Ready extends Check {

    Ready(KafkaIngest ingest, KafkaConfig config) {
      super(ingest, config);
    }

    @Override
    boolean up(ConsumerState.Snapshot state, HealthCheckResponseBuilder response) {
      boolean reachable = ingest.clusterReachable();
      response.withData("clusterReachable", reachable);
      return reachable && state.running();
    }
  }

  /** The consumer loop still comes round. */
  @Liveness
  @Singleton
  static class Live extends Check {

    Live(KafkaIngest ingest, KafkaConfig config) {
      super(ingest, config);
    }

    @Override
    boolean up(ConsumerState.Snapshot state, HealthCheckResponseBuilder response) {
      response.withData("secondsSinceLastTurn", state.sinceTurn().toSeconds());
      return state.running() && state.sinceTurn().compareTo(config.stallTimeout()) <= 0;
    }
  }
}
