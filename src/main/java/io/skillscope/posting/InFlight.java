package io.skillscope.posting;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Postings written to the index but not yet visible to its searcher, by idempotency key and by id.
 * Without them two copies of one posting in flight together (a retry, duplicates in one stream
 * chunk) would both look new, and a GET right after a 201 could miss the posting. Entries go once a
 * searcher refresh covers their sequence number.
 *
 * <p>Thread-safe: each map operation is atomic; a later write of the same posting wins.
 */
final class InFlight {

  private final ConcurrentHashMap<String, PostingStore.Stored> byKey = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, PostingStore.Stored> byId = new ConcurrentHashMap<>();

  void put(String key, PostingStore.Stored stored) {
    byKey.merge(key, stored, InFlight::later);
    byId.merge(stored.posting().id(), stored, InFlight::later);
  }

  PostingStore.Stored byKey(String key) {
    return byKey.get(key);
  }

  PostingStore.Stored byId(String id) {
    return byId.get(id);
  }

  void remove(String id, String key) {
    byId.remove(id);
    byKey.remove(key);
  }

  /** A searcher now sees every change up to {@code seq}. */
  void forgetUpTo(long seq) {
    byKey.values().removeIf(s -> s.seq() <= seq);
    byId.values().removeIf(s -> s.seq() <= seq);
  }

  int size() {
    return byId.size();
  }

  private static PostingStore.Stored later(PostingStore.Stored a, PostingStore.Stored b) {
    return a.seq() >= b.seq() ? a : b;
  }
}
