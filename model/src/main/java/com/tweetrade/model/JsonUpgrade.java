package com.tweetrade.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;

/**
 * Brings an older JSON shape of a record up to the current one before {@link JsonCodec} decodes it,
 * e.g. by adding a field that a newer schema version introduced, with its default.
 *
 * <p>Decoding stays strict: the upgrade fills only what the older version could not have written,
 * so a current-version record that lacks the field is still refused.
 */
@FunctionalInterface
public interface JsonUpgrade extends Serializable {
  /** Changes {@code node} in place. */
  void upgrade(ObjectNode node);
}
