package io.skillscope.posting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Store gauges for Prometheus: postings stored and index size, read when scraped. */
@ApplicationScoped
public class StoreMetrics {

  void register(@Observes StartupEvent event, MeterRegistry registry, PostingStore store) {
    Gauge.builder("skillscope.postings.stored", store, s -> s.count(null))
        .description("Postings in the store")
        .register(registry);
    Gauge.builder("skillscope.index.size", store, PostingStore::sizeOnDisk)
        .description("Bytes the postings index takes on disk")
        .baseUnit("bytes")
        .register(registry);
  }
}
