package com.tweetrade.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The finance model's lexicon layer under VADER's rules. Each expected compound is worked out by
 * hand from the layer's valences and VADER's constants (negation -0.74, booster 0.293, caps 0.733,
 * "but" 0.5/1.5, normalisation x / sqrt(x^2 + 15)), not read back from the code.
 */
class FinanceModelTest {

  private static final double NEGATION = -0.74;
  private static final double BOOSTER = 0.293;
  private static final double CAPS = 0.733;

  private final SentimentAnalyzer finance = SentimentAnalyzer.load(SentimentModel.FINANCE);
  private final SentimentAnalyzer vader = SentimentAnalyzer.load(SentimentModel.VADER);

  @Test
  void shouldScoreMarketWordsVaderDoesNotKnow() {
    assertThat(vader.score("bullish").compound()).isEqualTo(0.0);
    assertThat(finance.score("bullish"))
        .isEqualTo(new SentimentScores(compound(2.5), 1.0, 0.0, 0.0));
    assertThat(finance.score("bearish").compound()).isEqualTo(compound(-2.5));
    assertThat(finance.score("downgraded").compound()).isEqualTo(compound(-2.0));
    assertThat(finance.score("puts").compound()).isEqualTo(compound(-1.2));
  }

  @Test
  void shouldNegateAMarketWordAsVaderNegatesAnyWord() {
    assertThat(finance.score("not bullish").compound()).isEqualTo(compound(2.5 * NEGATION));
    assertThat(finance.score("never going to downgrade").compound())
        .isEqualTo(compound(-2.0 * NEGATION));
  }

  @Test
  void shouldBoostAndCapitaliseMarketWords() {
    assertThat(finance.score("very bearish").compound()).isEqualTo(compound(-2.5 - BOOSTER));
    assertThat(finance.score("SHORT it now").compound()).isEqualTo(compound(-1.5 - CAPS));
  }

  @Test
  void shouldApplyButToAnalystWords() {
    // "missed" -1.8 before "but" counts half, "raised" 1.2 after it one and a half times
    assertThat(finance.score("missed estimates but raised guidance").compound())
        .isEqualTo(compound(-1.8 * 0.5 + 1.2 * 1.5));
  }

  @Test
  void shouldReadMarketEmojiAsMarketWords() {
    assertThat(vader.score("$TSLA 🚀").compound()).isEqualTo(0.0);
    assertThat(finance.score("$TSLA 🚀").compound()).isEqualTo(compound(2.5));
    assertThat(finance.score("📉📉").compound()).isEqualTo(compound(-2.5 - 2.5));
  }

  @Test
  void shouldOverrideAndRemoveVaderWords() {
    assertThat(vader.score("overweight").compound()).isEqualTo(compound(-1.5));
    assertThat(finance.score("overweight").compound()).isEqualTo(compound(1.5));
    assertThat(vader.score("shares").compound()).isEqualTo(compound(1.2));
    assertThat(finance.score("shares")).isEqualTo(new SentimentScores(0.0, 0.0, 1.0, 0.0));
  }

  @Test
  void shouldScoreTheSecondLayerOfMarketWords() {
    // positions and moves VADER does not know, with the valence the layer gives each
    assertThat(finance.score("oversold"))
        .isEqualTo(new SentimentScores(compound(1.0), 1.0, 0.0, 0.0));
    assertThat(finance.score("overbought"))
        .isEqualTo(new SentimentScores(compound(-1.0), 0.0, 0.0, 1.0));
    assertThat(finance.score("squeeze").compound()).isEqualTo(compound(1.2));
    assertThat(finance.score("new highs").compound()).isEqualTo(compound(1.2));
    assertThat(finance.score("ath").compound()).isEqualTo(compound(1.5));
    assertThat(finance.score("upbeat").compound()).isEqualTo(compound(1.5));
    assertThat(finance.score("skyrocket").compound()).isEqualTo(compound(2.5));
    assertThat(finance.score("skyrockets").compound()).isEqualTo(compound(2.5));
    assertThat(finance.score("buyout").compound()).isEqualTo(compound(1.5));
    assertThat(finance.score("takeover").compound()).isEqualTo(compound(1.2));
    assertThat(finance.score("crashes").compound()).isEqualTo(compound(-1.7));
    assertThat(finance.score("crashing").compound()).isEqualTo(compound(-1.7));
    assertThat(finance.score("tumble").compound()).isEqualTo(compound(-2.0));
    assertThat(finance.score("tumbles").compound()).isEqualTo(compound(-2.0));
    assertThat(finance.score("tumbling").compound()).isEqualTo(compound(-2.0));
    assertThat(finance.score("plummet").compound()).isEqualTo(compound(-2.5));
    assertThat(finance.score("slips").compound()).isEqualTo(compound(-1.0));
    assertThat(finance.score("bagholder").compound()).isEqualTo(compound(-1.5));
    assertThat(finance.score("bagholders").compound()).isEqualTo(compound(-1.5));
    assertThat(finance.score("halted").compound()).isEqualTo(compound(-1.0));
    assertThat(finance.score("bankruptcy").compound()).isEqualTo(compound(-2.5));
    for (String word :
        new String[] {"oversold", "squeeze", "ath", "tumbles", "bagholders", "bankruptcy"}) {
      assertThat(vader.score(word).compound()).as(word).isEqualTo(0.0);
    }
  }

  @Test
  void shouldNegateAndBoostTheSecondLayer() {
    assertThat(finance.score("not oversold").compound()).isEqualTo(compound(1.0 * NEGATION));
    assertThat(finance.score("totally skyrockets").compound()).isEqualTo(compound(2.5 + BOOSTER));
    assertThat(finance.score("upbeat but halted").compound())
        .isEqualTo(compound(1.5 * 0.5 - 1.0 * 1.5));
  }

  @Test
  void shouldReadMoneyEmojiAsProfitAndLosses() {
    // VADER reads them as "money-mouth face", "money bag", "money with wings": no valence
    assertThat(vader.score("$AAPL 🤑").compound()).isEqualTo(0.0);
    assertThat(finance.score("$AAPL 🤑").compound())
        .isEqualTo(compound(1.9)); // "profit" 1.9 in VADER
    assertThat(finance.score("💰").compound()).isEqualTo(compound(1.9));
    assertThat(finance.score("💸").compound()).isEqualTo(compound(-1.7)); // "losses" -1.7 in VADER
    assertThat(finance.score("🤑💸").compound()).isEqualTo(compound(1.9 - 1.7));
  }

  @Test
  void shouldLeaveOrdinaryWordsAsVaderScoresThem() {
    String text = "The book was good, but the ending was awful!!";
    assertThat(finance.score(text)).isEqualTo(vader.score(text));
  }

  @Test
  void shouldRefuseMalformedLayers() {
    assertThatThrownBy(() -> FinanceLexicon.layered("Bullish\t2.5\n", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower case");
    assertThatThrownBy(() -> FinanceLexicon.layered("bullish\n", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("term<TAB>value");
    assertThatThrownBy(() -> FinanceLexicon.layered("", "🇺🇸\tbullish\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one code point");
  }

  @Test
  void shouldKeepVaderTheDefault() {
    assertThat(SentimentAnalyzer.load()).isSameAs(vader);
    assertThat(vader.model()).isEqualTo(SentimentModel.VADER);
    assertThat(finance.model()).isEqualTo(SentimentModel.FINANCE);
  }

  @Test
  void shouldDeserializeToTheSharedFinanceInstance() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(finance);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isSameAs(finance);
    }
  }

  /**
   * VADER's normalisation of a valence sum, rounded like the reference (4 decimals, ties to even).
   */
  private static double compound(double sum) {
    double normalized = sum / Math.sqrt(sum * sum + 15);
    return new BigDecimal(normalized).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }
}
