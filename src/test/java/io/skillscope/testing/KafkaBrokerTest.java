package io.skillscope.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The broker harness itself: what would make a test fail for a reason of the harness. */
class KafkaBrokerTest {

  @Test
  void noClusterIdLooksLikeAnOptionToTheStorageTool() {
    // The first version drew one id and passed it as is: one broker start in 64 failed with
    // "argument --cluster-id/-t: expected one argument".
    Random random = new Random(12);

    assertThat(IntStream.range(0, 2_000).mapToObj(i -> KafkaBroker.clusterId(random)))
        .allSatisfy(id -> assertThat(id).doesNotStartWith("-").hasSize(22));
  }
}
