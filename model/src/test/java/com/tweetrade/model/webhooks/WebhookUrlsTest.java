package com.tweetrade.model.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookUrlsTest {
  /** A fixed DNS: names to literal addresses (literals are parsed, never looked up). */
  private static final Map<String, String> ZONE =
      Map.of(
          "hooks.example.com", "93.184.215.14",
          "rebound.example.com", "10.1.2.3",
          "v6.example.com", "2606:2800:21f:cb07:6820:80da:af6b:8b2c");

  private static final WebhookUrls.Resolver FIXED_DNS =
      host -> {
        String literal = ZONE.get(host);
        if (literal == null && host.matches("[0-9a-fA-F.:\\[\\]]+"))
          return InetAddress.getAllByName(host);
        if (literal == null) throw new UnknownHostException(host);
        return new InetAddress[] {InetAddress.getByName(literal)};
      };

  private static final String REFUSAL =
      " address; such addresses are refused unless the operator allows private webhooks";

  @ParameterizedTest(name = "{0} is {2}")
  @CsvSource({
    "http://0.0.0.0/hook, 0.0.0.0, unspecified (0.0.0.0/8)",
    "http://127.0.0.1:8080/hook, 127.0.0.1, loopback (127.0.0.0/8)",
    "http://127.45.6.7/, 127.45.6.7, loopback (127.0.0.0/8)",
    "https://10.0.0.1/, 10.0.0.1, private (10.0.0.0/8)",
    "https://172.16.0.1/, 172.16.0.1, private (172.16.0.0/12)",
    "https://172.31.255.255/, 172.31.255.255, private (172.16.0.0/12)",
    "https://192.168.1.1/, 192.168.1.1, private (192.168.0.0/16)",
    "https://100.64.0.1/, 100.64.0.1, shared (100.64.0.0/10)",
    "http://169.254.169.254/latest/meta-data, 169.254.169.254, link-local (169.254.0.0/16)",
    "http://224.0.0.1/, 224.0.0.1, multicast (224.0.0.0/4)",
    "http://255.255.255.255/, 255.255.255.255, reserved (240.0.0.0/4)",
    "'http://[::]/', 0:0:0:0:0:0:0:0, unspecified (::/128)",
    "'http://[::1]:9000/', 0:0:0:0:0:0:0:1, loopback (::1/128)",
    "'http://[fe80::1]/', fe80:0:0:0:0:0:0:1, link-local (fe80::/10)",
    "'http://[fec0::1]/', fec0:0:0:0:0:0:0:1, site-local (fec0::/10)",
    "'http://[fc00::1]/', fc00:0:0:0:0:0:0:1, unique-local (fc00::/7)",
    "'http://[fd12:3456::1]/', fd12:3456:0:0:0:0:0:1, unique-local (fc00::/7)",
    "'http://[ff02::1]/', ff02:0:0:0:0:0:0:1, multicast (ff00::/8)",
    "'http://[::ffff:127.0.0.1]/', 127.0.0.1, loopback (127.0.0.0/8)",
    "'http://[::ffff:a00:1]/', 10.0.0.1, private (10.0.0.0/8)",
    "'http://[64:ff9b::a9fe:a9fe]/', 64:ff9b:0:0:0:0:a9fe:a9fe, link-local (169.254.0.0/16)",
    "'http://[::c0a8:101]/', 0:0:0:0:0:0:c0a8:101, private (192.168.0.0/16)",
    "https://rebound.example.com/hook, 10.1.2.3, private (10.0.0.0/8)"
  })
  void shouldRefuseEveryNonPublicRangeWithItsName(String url, String address, String range) {
    String host = java.net.URI.create(url).getHost();
    assertThatThrownBy(() -> WebhookUrls.check(url, false, FIXED_DNS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "webhook URL host " + host + " resolves to " + address + ", a " + range + REFUSAL);
  }

  @Test
  void shouldAcceptPublicAddressesAndEverythingWhenPrivateIsAllowed() {
    assertThat(WebhookUrls.check("https://hooks.example.com/t?x=1", false, FIXED_DNS).getHost())
        .isEqualTo("hooks.example.com");
    assertThat(WebhookUrls.check("http://v6.example.com/", false, FIXED_DNS)).isNotNull();
    assertThat(WebhookUrls.check("HTTPS://93.184.215.14/", false, FIXED_DNS)).isNotNull();
    assertThat(WebhookUrls.check("http://172.32.0.1/", false, FIXED_DNS)).isNotNull();
    assertThat(WebhookUrls.check("http://127.0.0.1:8080/hook", true, FIXED_DNS).getPort())
        .isEqualTo(8080);
  }

  @Test
  void shouldRefuseAHostWhenAnyOfItsAddressesIsPrivate() {
    WebhookUrls.Resolver twoAddresses =
        host ->
            new InetAddress[] {
              InetAddress.getByName("93.184.215.14"), InetAddress.getByName("192.168.0.7")
            };
    assertThatThrownBy(() -> WebhookUrls.check("https://mixed.example/", false, twoAddresses))
        .hasMessage(
            "webhook URL host mixed.example resolves to 192.168.0.7, a private (192.168.0.0/16)"
                + REFUSAL);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "'', webhook URL is empty",
    "ftp://hooks.example.com/, 'webhook URL must start with http:// or https://, was ftp:'",
    "file:///etc/passwd, 'webhook URL must start with http:// or https://, was file:'",
    "hooks.example.com/hook, webhook URL must start with http:// or https://",
    "https://user:pw@hooks.example.com/, webhook URL must not contain a user name or password",
    "https:///hook, webhook URL has no host",
    "https://unknown.example/, webhook URL host unknown.example cannot be resolved",
    "'https://hooks.example.com/a b', 'webhook URL is not a valid URL: Illegal character in path at"
        + " index 27: https://hooks.example.com/a b'"
  })
  void shouldRefuseMalformedUrlsWithOneMessage(String url, String message) {
    assertThatThrownBy(() -> WebhookUrls.check(url, false, FIXED_DNS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void shouldRefuseOverlongUrls() {
    String url = "https://hooks.example.com/" + "a".repeat(WebhookUrls.MAX_LENGTH);
    assertThatThrownBy(() -> WebhookUrls.parse(url))
        .hasMessage("webhook URL is longer than 2048 characters");
  }
}
