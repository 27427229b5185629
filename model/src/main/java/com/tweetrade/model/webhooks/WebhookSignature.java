package com.tweetrade.model.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook body is signed: {@code X-TweeTrade-Signature: sha256=<hex HMAC-SHA256 of the exact
 * body bytes>}, keyed with the UTF-8 bytes of the user's secret (as written, a hex string).
 *
 * <p>The secret is a credential: nothing here prints or logs it.
 */
public final class WebhookSignature {
  public static final String HEADER = "X-TweeTrade-Signature";
  public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
  public static final String PREFIX = "sha256=";

  /** Bytes of randomness in a generated secret (shown as 64 hex digits). */
  public static final int SECRET_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {}

  /** The header value for {@code body}: {@code sha256=} and the lower-case hex HMAC. */
  public static String sign(String secret, byte[] body) {
    if (secret == null || secret.isEmpty())
      throw new IllegalArgumentException("a webhook secret must not be empty");
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
    }
  }

  /** A new secret: {@value #SECRET_BYTES} bytes of {@link SecureRandom}, as lower-case hex. */
  public static String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
