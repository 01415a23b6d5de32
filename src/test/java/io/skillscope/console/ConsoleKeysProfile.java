package io.skillscope.console;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The console behind API keys: a reader (role read only) and an ingester. */
public class ConsoleKeysProfile implements QuarkusTestProfile {

  static final String READER = "console-reader-1";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "skillscope.store.path", "target/console-store/${quarkus.uuid}",
        "skillscope.auth.keys.reader.key", READER,
        "skillscope.auth.keys.reader.roles", "read",
        "skillscope.auth.keys.loader.key", "console-loader-2",
        "skillscope.auth.keys.loader.roles", "read,ingest");
  }
}
