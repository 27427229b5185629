package com.tweetrade.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Python semantics VADER's output depends on: round(), str(float), isupper(), split() whitespace.
 */
class PyStringsTest {

  @Test
  void shouldRoundLikePythonRound() {
    assertThat(PyStrings.round(0.12345, 4)).isEqualTo(0.1235); // binary value is above the tie
    assertThat(PyStrings.round(0.5555, 3)).isEqualTo(0.555); // binary value is below the tie
    assertThat(PyStrings.round(0.0625, 3)).isEqualTo(0.062); // an exact tie goes to even
    assertThat(PyStrings.round(0.0635, 3)).isEqualTo(0.064);
    assertThat(Double.doubleToRawLongBits(PyStrings.round(-0.00001, 4)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void shouldPrintLikePythonStr() {
    assertThat(ScoreFormat.python(0.0)).isEqualTo("0.0");
    assertThat(ScoreFormat.python(-0.0)).isEqualTo("-0.0");
    assertThat(ScoreFormat.python(1.0)).isEqualTo("1.0");
    assertThat(ScoreFormat.python(0.0001)).isEqualTo("0.0001");
    assertThat(ScoreFormat.python(-0.128)).isEqualTo("-0.128");
    assertThat(ScoreFormat.python(0.05)).isEqualTo("0.05");
    assertThat(ScoreFormat.python(-0.9999)).isEqualTo("-0.9999");
  }

  @Test
  void shouldTellUpperCaseLikePython() {
    assertThat(PyStrings.isUpper("GOOD")).isTrue();
    assertThat(PyStrings.isUpper("I")).isTrue();
    assertThat(PyStrings.isUpper("1ST")).isTrue();
    assertThat(PyStrings.isUpper("Good")).isFalse();
    assertThat(PyStrings.isUpper(":)")).isFalse();
    assertThat(PyStrings.isUpper("ÉTÉ")).isTrue();
  }

  @Test
  void shouldUsePythonWhitespace() {
    assertThat(PyStrings.isSpace('\u00a0')).isTrue();
    assertThat(PyStrings.isSpace('\u001f')).isTrue();
    assertThat(PyStrings.isSpace('\u200b')).isFalse();
    assertThat(PyStrings.isSpace('x')).isFalse();
  }
}
