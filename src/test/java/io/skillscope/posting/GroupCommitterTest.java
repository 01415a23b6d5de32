package io.skillscope.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitterTest {

  @Test
  void writersArrivingDuringACommitShareTheNextOne() throws Exception {
    AtomicInteger commits = new AtomicInteger();
    CountDownLatch firstCommitRunning = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (GroupCommitter committer =
        new GroupCommitter(
            () -> {
              if (commits.incrementAndGet() == 1) {
                firstCommitRunning.countDown();
                await(release);
              }
            },
            () -> {})) {
      committer.requested(0);
      firstCommitRunning.await();
      AtomicLong seq = new AtomicLong(1);
      List<Thread> writers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        long mine = seq.getAndIncrement();
        committer.requested(mine);
        writers.add(Thread.startVirtualThread(() -> committer.awaitDurable(mine)));
      }
      release.countDown();
      for (Thread t : writers) {
        t.join();
      }
      assertThat(commits.get()).isEqualTo(2);
      assertThat(committer.durable()).isEqualTo(8);
    }
  }

  @Test
  void aFailedCommitFailsTheWaitersInsteadOfAcknowledging() {
    try (GroupCommitter committer =
        new GroupCommitter(
            () -> {
              throw new IOException("disk full");
            },
            () -> {})) {
      committer.requested(3);
      assertThatThrownBy(() -> committer.awaitDurable(3))
          .hasMessageContaining("could not be committed");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
