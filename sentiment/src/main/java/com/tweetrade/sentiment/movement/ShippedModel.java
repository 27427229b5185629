package com.tweetrade.sentiment.movement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The movement model shipped in {@code resources/finance/movement_model.tsv} and how it was made.
 */
public final class ShippedModel {

  public static final String RESOURCE = "/finance/movement_model.tsv";

  /** Where the resource lives in the source tree, for {@code evaluate --retrain}. */
  public static final String SOURCE_PATH =
      "sentiment/src/main/resources/finance/movement_model.tsv";

  static final String PROVENANCE =
      """
      TweeTrade finance movement model (issue 20): logistic regression over the text features of the 5 days
      of tweets before a day (WindowFeatures). Weights fitted on the StockNet train split (2014-01-01..2015-07-31)
      only; L2 penalty and cut-off chosen by MCC on dev (2015-08-01..2015-09-30). Deterministic (no randomness).
      Reproduce: bin/tweetrade sentiment evaluate --stocknet data/stocknet --retrain %s
      Data: data/stocknet (StockNet, Xu & Cohen 2018, MIT licence).\
      """
          .formatted(SOURCE_PATH);

  private ShippedModel() {}

  public static LinearModel load() {
    try (InputStream in = ShippedModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return LinearModel.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The resource's text for {@code model}. */
  public static String tsv(LinearModel model) {
    return model.toTsv(PROVENANCE);
  }
}
