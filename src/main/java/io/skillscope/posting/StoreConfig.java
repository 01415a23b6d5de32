package io.skillscope.posting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Where postings are stored and how much one request may ingest. */
@ConfigMapping(prefix = "skillscope.store")
public interface StoreConfig {

  /** The index directory; created when missing. {@code /data} in the container. */
  @WithDefault("./data")
  Path path();

  /** The most postings one {@code POST /api/v1/postings/batch} may hold. */
  @WithDefault("1000")
  int batchLimit();

  /**
   * Lines of an NDJSON stream written before waiting for their commit: larger chunks share commits
   * better, smaller ones answer sooner. Memory per stream is bounded by this.
   */
  @WithDefault("64")
  int streamChunk();

  /**
   * Threads that extract and store the postings of batches and streams, shared by all of them; one
   * per core when unset.
   */
  Optional<Integer> ingestThreads();

  /** Readiness fails when the store's disk has less free space than this, in bytes. */
  @WithDefault("268435456")
  long minFreeBytes();
}
