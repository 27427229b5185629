package com.tweetrade.model.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  /** RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?". */
  @Test
  void shouldMatchTheRfc4231TestVector() {
    assertThat(
            WebhookSignature.sign(
                "Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  /** Checked with: printf '{"id":"a1"}' | openssl dgst -sha256 -hmac 'ab12' */
  @Test
  void shouldSignTheExactBodyBytesWithTheSecretAsText() {
    assertThat(WebhookSignature.sign("ab12", "{\"id\":\"a1\"}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(OPENSSL_AB12);
    assertThat(WebhookSignature.sign("ab12", "{\"id\":\"a1\"} ".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(OPENSSL_AB12);
  }

  private static final String OPENSSL_AB12 =
      "sha256=da16c7aca2dc1d24d9391fd489d0ae350587d01f86f113952f5b084d932a4cc8";

  @Test
  void shouldRefuseAnEmptySecret() {
    assertThatThrownBy(() -> WebhookSignature.sign("", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a webhook secret must not be empty");
  }

  @Test
  void shouldGenerate32RandomBytesAsHex() {
    String a = WebhookSignature.newSecret();
    String b = WebhookSignature.newSecret();
    assertThat(a).matches("[0-9a-f]{64}");
    assertThat(b).matches("[0-9a-f]{64}").isNotEqualTo(a);
  }
}
