package io.skillscope.posting;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the postings index is open and writable with enough free disk to take writes. */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {

  private final PostingStore store;
  private final StoreConfig config;

  public StoreReadiness(PostingStore store, StoreConfig config) {
    this.store = store;
    this.config = config;
  }

  @Override
  public HealthCheckResponse call() {
    long free = store.usableSpace();
    boolean writable = store.writable();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("postings-store")
            .withData("path", config.path().toString())
            .withData("writable", writable)
            .withData("freeBytes", free)
            .withData("minFreeBytes", config.minFreeBytes());
    return (writable && free >= config.minFreeBytes() ? response.up() : response.down()).build();
  }
}
