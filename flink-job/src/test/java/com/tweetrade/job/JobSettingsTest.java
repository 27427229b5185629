package com.tweetrade.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.WindowSet;
import com.tweetrade.model.tickers.TickerDirectory;
import org.junit.jupiter.api.Test;

class JobSettingsTest {
  @Test
  void shouldKeepEverythingButTheWindowsAndReplayWhenMadeAReplay() {
    JobSettings live = JobSettings.defaults(TickerDirectory.standard());

    JobSettings replay = live.asReplay(WindowSet.LIVE_STORED);

    assertThat(live.replay()).isFalse();
    assertThat(replay.replay()).isTrue();
    assertThat(replay.windows()).isEqualTo(WindowSet.LIVE_STORED);
    assertThat(replay)
        .usingRecursiveComparison()
        .ignoringFields("windows", "replay")
        .isEqualTo(live);
  }
}
