package io.skillscope.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.skillscope.posting.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Opens the candidate index beside the postings ({@code STORE/candidates}) and closes it on
 * shutdown.
 */
@ApplicationScoped
public class CandidateStoreProducer {

  private CandidateStore store;

  @Produces
  @Singleton
  synchronized CandidateStore candidates(StoreConfig config, ObjectMapper mapper) {
    store = CandidateStore.open(config.path().resolve("candidates"), mapper);
    return store;
  }

  synchronized void close(@Observes ShutdownEvent event) {
    if (store != null) {
      store.close();
    }
  }
}
