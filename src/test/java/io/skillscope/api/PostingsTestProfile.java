package io.skillscope.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs the postings REST tests on their own five-skill taxonomy, so their expected skills do not
 * drift with the default taxonomy. All postings test classes share this profile, hence one start.
 */
public class PostingsTestProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("skillscope.taxonomy.path", "src/test/resources/posting/postings-taxonomy.yaml");
  }
}
