package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AppendLogTest {
  private static final long T = 1_767_623_400_000L;

  @Test
  void shouldFindEachRecordByKeyAndIndex() {
    AppendLog log = new AppendLog(100);
    long a = log.add(T, 0);
    long b = log.add(T, 1);
    long c = log.add(T + 1, 0);
    log.appended(a, 500);
    log.appended(b, 501);
    log.appended(c, 502);

    assertThat(log.appendTime(T, 0)).isEqualTo(500);
    assertThat(log.appendTime(T, 1)).isEqualTo(501);
    assertThat(log.appendTime(T + 1, 0)).isEqualTo(502);
    assertThat(log.appendTime(T, 2)).isEqualTo(AppendLog.NOT_SENT);
    assertThat(log.appendTime(T + 2, 0)).isEqualTo(AppendLog.NOT_SENT);
    assertThat(log.appendTime(T - 1, 0)).isEqualTo(AppendLog.NOT_SENT);
  }

  @Test
  void shouldSayPendingUntilTheBrokerAcknowledgesAndNotSentWhenTheSendFailed() {
    AppendLog log = new AppendLog(10);
    long a = log.add(T, 0);
    long b = log.add(T, 1);

    assertThat(log.appendTime(T, 0)).isEqualTo(AppendLog.PENDING);
    log.appended(a, 700);
    log.appended(b, AppendLog.NOT_SENT);
    assertThat(log.appendTime(T, 0)).isEqualTo(700);
    assertThat(log.appendTime(T, 1)).isEqualTo(AppendLog.NOT_SENT);
  }

  @Test
  void shouldKeepOnlyTheNewestRecordsUpToItsCapacity() {
    AppendLog log = new AppendLog(3);
    for (int i = 0; i < 5; i++) log.appended(log.add(T + i, 0), 1000 + i);

    assertThat(log.size()).isEqualTo(3);
    assertThat(log.appendTime(T, 0)).isEqualTo(AppendLog.NOT_SENT);
    assertThat(log.appendTime(T + 1, 0)).isEqualTo(AppendLog.NOT_SENT);
    assertThat(log.appendTime(T + 2, 0)).isEqualTo(1002);
    assertThat(log.appendTime(T + 4, 0)).isEqualTo(1004);
  }

  @Test
  void shouldIgnoreTheAcknowledgementOfARecordAlreadyDropped() {
    AppendLog log = new AppendLog(2);
    long first = log.add(T, 0);
    log.add(T + 1, 0);
    log.add(T + 2, 0);

    log.appended(first, 900);

    assertThat(log.appendTime(T + 1, 0)).isEqualTo(AppendLog.PENDING);
    assertThat(log.appendTime(T + 2, 0)).isEqualTo(AppendLog.PENDING);
  }

  @Test
  void shouldTellIndexesApartWhenTheFirstOnesOfAKeyWereDropped() {
    AppendLog log = new AppendLog(2);
    log.add(T, 0);
    log.appended(log.add(T, 1), 801);
    log.appended(log.add(T, 2), 802);

    assertThat(log.appendTime(T, 0)).isEqualTo(AppendLog.NOT_SENT);
    assertThat(log.appendTime(T, 1)).isEqualTo(801);
    assertThat(log.appendTime(T, 2)).isEqualTo(802);
  }

  @Test
  void shouldStartCountingAtTheFirstIndexItWasGiven() {
    // The prefill's quotes of this millisecond were counted (#0, #1) but not kept.
    AppendLog log = new AppendLog(10);
    log.appended(log.add(T, 2), 602);

    assertThat(log.appendTime(T, 0)).isEqualTo(AppendLog.NOT_SENT);
    assertThat(log.appendTime(T, 2)).isEqualTo(602);
  }

  @Test
  void shouldGrowAndWrapAroundWithoutLosingOrder() {
    AppendLog log = new AppendLog(5000);
    for (int i = 0; i < 12_000; i++) log.appended(log.add(T + i / 3, i % 3), i);

    assertThat(log.size()).isEqualTo(5000);
    assertThat(log.appendTime(T + 7000 / 3, 7000 % 3)).isEqualTo(7000);
    assertThat(log.appendTime(T + 11_999 / 3, 11_999 % 3)).isEqualTo(11_999);
    assertThat(log.appendTime(T + 6999 / 3, 6999 % 3)).isEqualTo(AppendLog.NOT_SENT);
  }

  @Test
  void shouldRefuseAKeyThatGoesBack() {
    AppendLog log = new AppendLog(10);
    log.add(T, 0);

    assertThatThrownBy(() -> log.add(T - 1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
