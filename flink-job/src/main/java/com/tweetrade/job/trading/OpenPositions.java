package com.tweetrade.job.trading;

import com.tweetrade.model.Position;
import org.apache.flink.api.common.state.MapState;

/** The open positions a valuation step keeps: a position is held while open, dropped when flat. */
final class OpenPositions {
  private OpenPositions() {}

  /** Holds {@code position} under {@code key}, or drops the key when the position is flat. */
  static void keep(MapState<String, Position> open, String key, Position position)
      throws Exception {
    if (position.quantity() == 0) {
      open.remove(key);
    } else {
      open.put(key, position);
    }
  }
}
