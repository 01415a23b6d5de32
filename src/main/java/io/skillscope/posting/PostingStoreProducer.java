package io.skillscope.posting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Opens the index at start-up (a locked or unreadable directory stops the service before it
 * listens) and, on a clean shutdown, commits and closes it.
 */
@ApplicationScoped
public class PostingStoreProducer {

  private static final Logger LOG = Logger.getLogger(PostingStoreProducer.class);

  @Produces
  @Singleton
  @Startup
  PostingStore store(StoreConfig config, ObjectMapper mapper) {
    PostingStore store = PostingStore.open(config.path(), mapper);
    LOG.infof(
        "Postings index at %s: %d postings", config.path().toAbsolutePath(), store.count(null));
    return store;
  }

  void close(@Disposes PostingStore store) {
    store.close();
    LOG.info("Postings index committed and closed");
  }
}
