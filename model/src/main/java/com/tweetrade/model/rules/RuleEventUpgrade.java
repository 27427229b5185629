package com.tweetrade.model.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads older {@link RuleEvent} JSON as the current schema: a schema 1 event has no {@code
 * expiresAt} and gets {@link RuleEvent#GOOD_TILL_CANCELLED}, what schema 1 rules meant. Its {@code
 * schemaVersion} stays 1: the event says what it was written as, and {@code migrate apply
 * rules-v1-to-v2} is what rewrites stored rules as schema 2.
 *
 * <p>Schema 2 JSON needs nothing here: schema 3 changed what the text means, not the shape. The
 * kept {@code schemaVersion} is what makes {@link Rule#fromEvent} decide a schema 1 or 2 rule
 * {@code ON CLOSE}; {@code migrate apply rules-v2-to-v3} rewrites stored rules as schema 3.
 */
public final class RuleEventUpgrade {
  static final String EXPIRES_AT = "expiresAt";

  private RuleEventUpgrade() {}

  /** The {@link com.tweetrade.model.JsonUpgrade} of {@code JsonCodec.RULE_EVENT}. */
  public static void fromSchema1(ObjectNode node) {
    JsonNode version = node.get("schemaVersion");
    if (version != null && version.isInt() && version.intValue() == 1 && !node.has(EXPIRES_AT)) {
      node.putNull(EXPIRES_AT);
    }
  }
}
