package com.tweetrade.tweets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeenIdsTest {

  @Test
  void shouldRefuseAnIdSeenBefore() {
    SeenIds seen = new SeenIds(10);
    assertThat(seen.add(572185064278233088L)).isTrue();
    assertThat(seen.add(572185064278233088L)).isFalse();
    assertThat(seen.size()).isEqualTo(1);
  }

  @Test
  void shouldForgetTheOldestIdOnceFull() {
    SeenIds seen = new SeenIds(3);
    seen.add(1);
    seen.add(2);
    seen.add(3);
    seen.add(4);
    assertThat(seen.contains(1)).isFalse();
    assertThat(seen.contains(2)).isTrue();
    assertThat(seen.size()).isEqualTo(3);
    assertThat(seen.add(1)).isTrue();
    assertThat(seen.contains(2)).isFalse();
  }

  @Test
  void shouldAgreeWithASimpleModelOverManyRandomOperations() {
    int capacity = 1000;
    SeenIds seen = new SeenIds(capacity);
    Set<Long> model = new HashSet<>();
    ArrayDeque<Long> order = new ArrayDeque<>();
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      long id = 1 + random.nextInt(3000);
      boolean expected = !model.contains(id);
      assertThat(seen.add(id)).as("add %d at step %d", id, i).isEqualTo(expected);
      if (expected) {
        model.add(id);
        order.addLast(id);
        if (order.size() > capacity) model.remove(order.removeFirst());
      }
    }
    assertThat(seen.size()).isEqualTo(model.size());
  }

  @Test
  void shouldRejectIdsThatCannotBeTweets() {
    assertThatThrownBy(() -> new SeenIds(5).add(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
