package com.tweetrade.model.rules;

/**
 * Three-valued result of a condition: {@link #UNKNOWN} when an input it needs has no value yet.
 *
 * <p>Combines like SQL's NULL (Kleene logic): {@code UNKNOWN AND FALSE} is FALSE, {@code UNKNOWN OR
 * TRUE} is TRUE, {@code NOT UNKNOWN} is UNKNOWN. A rule fires only on TRUE.
 */
public enum Truth {
  TRUE,
  FALSE,
  UNKNOWN;

  public static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }

  public Truth and(Truth other) {
    if (this == FALSE || other == FALSE) return FALSE;
    if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
    return TRUE;
  }

  public Truth or(Truth other) {
    if (this == TRUE || other == TRUE) return TRUE;
    if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
    return FALSE;
  }

  public Truth not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }
}
