package com.tweetrade.sentiment.movement;

import java.time.LocalDate;

/**
 * One example of the movement task: a ticker's movement on {@code day} and the ids of its tweets of
 * the window before it (indexes into the scored tweets).
 */
public record Sample(String ticker, LocalDate day, Split split, Movement movement, int[] tweets) {

  public boolean up() {
    return movement == Movement.UP;
  }
}
