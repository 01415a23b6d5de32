package io.skillscope.console;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The console's browser tests run on a service of their own: they store a few hundred corpus
 * postings, which the other tests' counts must not see. All console classes share this profile,
 * hence one start.
 */
public class ConsoleProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("skillscope.store.path", "target/console-store/${quarkus.uuid}");
  }
}
