package com.tweetrade.sentiment.movement;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.sentiment.stocknet.StockNetData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Retraining on the repository's StockNet data reproduces the shipped movement model byte for byte,
 * so the weights in resources are exactly what the documented command makes (train split, dev
 * choices, no randomness).
 */
class ShippedModelTest {

  /** The checkout's data, relative to the module directory Surefire runs in. */
  private static final Path STOCKNET = Path.of("..", "data", "stocknet");

  @Test
  void shouldReproduceTheShippedModelFromTheTrainAndDevSplits() throws IOException {
    assertThat(STOCKNET.resolve(StockNetData.TWEETS_FILE))
        .as("the StockNet data of the checkout (data/stocknet) is needed to retrain")
        .exists();
    LinearModel retrained = StockNetEvaluation.of(StockNetData.read(STOCKNET)).train();
    assertThat(ShippedModel.tsv(retrained)).isEqualTo(shippedText());
  }

  private static String shippedText() throws IOException {
    try (InputStream in = ShippedModel.class.getResourceAsStream(ShippedModel.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
