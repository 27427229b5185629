package com.tweetrade.sentiment;

import java.io.Serial;
import java.io.Serializable;

/**
 * Scores texts with VADER exactly as vaderSentiment 3.3.2 does, from the lexicons bundled in this
 * module, or with the finance model (the same rules over VADER's lexicon with a market layer, see
 * {@link SentimentModel}).
 *
 * <p>Immutable and thread-safe; {@link #load()} and {@link #load(SentimentModel)} return one shared
 * instance per model. It is {@link Serializable} so Flink functions can hold it: nothing but which
 * model it is is written, and deserialisation resolves to the shared instance of the receiving JVM.
 *
 * <p>Scores are rounded as the reference rounds them (compound to 4 decimals, pos/neu/neg to 3).
 */
public final class SentimentAnalyzer implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** Punctuation emphasis per '!', up to four of them. */
  private static final double EXCLAMATION_INCR = 0.292;

  /** Punctuation emphasis per '?', when there are two or three. */
  private static final double QUESTION_INCR = 0.18;

  private static final double QUESTIONS_MAX = 0.96;

  /** Approximate maximum expected sum, used by {@code normalize}. */
  private static final double ALPHA = 15;

  private final transient VaderEngine engine;
  private final transient VaderLexicon lexicon;

  /**
   * The only state written when serialised: a primitive, to keep the wire form tiny; false is
   * VADER, which is also what a form written before there were models reads as.
   */
  private final boolean finance;

  private SentimentAnalyzer(SentimentModel model, VaderLexicon lexicon) {
    this.finance = model == SentimentModel.FINANCE;
    this.lexicon = lexicon;
    this.engine = new VaderEngine(lexicon.vocabulary());
  }

  /** The shared VADER 3.3.2 analyzer over the bundled lexicons (loaded on first use, ~50 ms). */
  public static SentimentAnalyzer load() {
    return Shared.VADER;
  }

  /** The shared analyzer of {@code model}. */
  public static SentimentAnalyzer load(SentimentModel model) {
    return model == SentimentModel.FINANCE ? SharedFinance.FINANCE : Shared.VADER;
  }

  public SentimentModel model() {
    return finance ? SentimentModel.FINANCE : SentimentModel.VADER;
  }

  /** Scores one text; {@code null} scores like the empty text (all zero). */
  public SentimentScores score(String text) {
    if (text == null || text.isEmpty()) {
      return SentimentScores.ZERO;
    }
    VaderText prepared = VaderText.of(text, lexicon);
    if (prepared.size == 0) {
      return SentimentScores.ZERO;
    }
    return scoreValence(engine.sentiments(prepared), prepared);
  }

  /** The reference's {@code score_valence}, same operations in the same order. */
  private static SentimentScores scoreValence(double[] sentiments, VaderText text) {
    double sum = 0.0;
    for (double s : sentiments) {
      sum += s;
    }
    double punctuation = punctuationEmphasis(text);
    if (sum > 0) {
      sum += punctuation;
    } else if (sum < 0) {
      sum -= punctuation;
    }
    double compound = normalize(sum);

    double posSum = 0.0;
    double negSum = 0.0;
    int neuCount = 0;
    for (double s : sentiments) {
      if (s > 0) {
        posSum += s + 1; // +1 compensates for neutral words being counted as 1
      }
      if (s < 0) {
        negSum += s - 1;
      }
      if (s == 0) {
        neuCount += 1;
      }
    }
    if (posSum > Math.abs(negSum)) {
      posSum += punctuation;
    } else if (posSum < Math.abs(negSum)) {
      negSum -= punctuation;
    }
    double total = posSum + Math.abs(negSum) + neuCount;
    return new SentimentScores(
        PyStrings.round(compound, 4),
        PyStrings.round(Math.abs(posSum / total), 3),
        PyStrings.round(Math.abs(neuCount / total), 3),
        PyStrings.round(Math.abs(negSum / total), 3));
  }

  private static double punctuationEmphasis(VaderText text) {
    double exclamations = Math.min(text.exclamations, 4) * EXCLAMATION_INCR;
    double questions = 0;
    if (text.questions > 1) {
      questions = text.questions <= 3 ? text.questions * QUESTION_INCR : QUESTIONS_MAX;
    }
    return exclamations + questions;
  }

  private static double normalize(double score) {
    double normalized = score / Math.sqrt(score * score + ALPHA);
    return Math.max(-1.0, Math.min(1.0, normalized));
  }

  @Serial
  private Object readResolve() {
    return load(model());
  }

  /** Lazy holders: each model's lexicons load once per JVM, on first use. */
  private static final class Shared {
    static final SentimentAnalyzer VADER =
        new SentimentAnalyzer(SentimentModel.VADER, VaderLexicon.bundled());
  }

  private static final class SharedFinance {
    static final SentimentAnalyzer FINANCE =
        new SentimentAnalyzer(SentimentModel.FINANCE, FinanceLexicon.bundled());
  }
}
