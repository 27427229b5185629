package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.model.tickers.TickerDirectory;
import org.junit.jupiter.api.Test;

class MalformedEventsTest {
  /** Each record either does not decode, or decodes to a quote that is not usable. */
  @Test
  void shouldMakeOnlyUnusableRecords() {
    MalformedEvents events = new MalformedEvents(3);
    TickerDirectory tickers = TickerDirectory.standard();
    for (int i = 0; i < 2 * MalformedEvents.KINDS.size(); i++) {
      MalformedEvents.Event e = events.next(i);
      if (!e.quote()) {
        assertThatThrownBy(() -> JsonCodec.TWEET.decode(e.value()))
            .as(e.kind())
            .isInstanceOf(Exception.class);
        continue;
      }
      Quote q;
      try {
        q = JsonCodec.QUOTE.decode(e.value());
      } catch (Exception malformed) {
        continue;
      }
      assertThat(q.problem() != null || !tickers.contains(q.ticker())).as(e.kind()).isTrue();
    }
  }

  @Test
  void shouldMakeEveryKindInTurn() {
    MalformedEvents events = new MalformedEvents(3);
    for (int i = 0; i < MalformedEvents.KINDS.size(); i++) {
      assertThat(events.next(i).kind()).isEqualTo(MalformedEvents.KINDS.get(i));
    }
  }
}
