package com.tweetrade.model.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which webhook URLs TweeTrade POSTs to: http or https, with a host whose every address is public.
 *
 * <p>A webhook is an address a user chooses and the server calls, so without a check any user could
 * make the notifier call services that only the server can reach (server-side request forgery).
 * Loopback, unspecified, link-local (cloud metadata lives at 169.254.169.254), private, shared,
 * unique-local, site-local, multicast and reserved addresses are refused unless the operator allows
 * private webhooks. The web UI checks when a URL is saved, and the notifier again before every
 * delivery, after resolving the host anew: a name that resolved to a public address when saved may
 * resolve to a private one later (DNS rebinding).
 */
public final class WebhookUrls {
  public static final int MAX_LENGTH = 2048;

  /** Resolves a host name to all its addresses (tests give a fixed table). */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** The JVM's resolver (cached for {@code networkaddress.cache.ttl}). */
  public static final Resolver DNS = InetAddress::getAllByName;

  /** A refused range: what it is and its CIDR, e.g. loopback 127.0.0.0/8. */
  private record Range(String kind, String cidr, byte[] prefix, int bits) {
    static Range of(String kind, String cidr) {
      int slash = cidr.indexOf('/');
      try {
        // a literal: parsed, never looked up
        byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
        return new Range(kind, cidr, prefix, Integer.parseInt(cidr.substring(slash + 1)));
      } catch (UnknownHostException e) {
        throw new IllegalStateException(cidr, e);
      }
    }

    boolean contains(byte[] address) {
      if (address.length != prefix.length) return false;
      int full = bits / 8;
      for (int i = 0; i < full; i++) if (address[i] != prefix[i]) return false;
      int rest = bits % 8;
      if (rest == 0) return true;
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[full] & mask) == (prefix[full] & mask);
    }

    String describe() {
      return kind + " (" + cidr + ")";
    }
  }

  private static final List<Range> REFUSED =
      List.of(
          Range.of("unspecified", "0.0.0.0/8"),
          Range.of("loopback", "127.0.0.0/8"),
          Range.of("private", "10.0.0.0/8"),
          Range.of("private", "172.16.0.0/12"),
          Range.of("private", "192.168.0.0/16"),
          Range.of("shared", "100.64.0.0/10"),
          Range.of("link-local", "169.254.0.0/16"),
          Range.of("multicast", "224.0.0.0/4"),
          Range.of("reserved", "240.0.0.0/4"),
          Range.of("unspecified", "::/128"),
          Range.of("loopback", "::1/128"),
          Range.of("link-local", "fe80::/10"),
          Range.of("site-local", "fec0::/10"),
          Range.of("unique-local", "fc00::/7"),
          Range.of("multicast", "ff00::/8"));

  private WebhookUrls() {}

  /**
   * The URL parsed, if it is an absolute http(s) URL with a host and no user info; DNS is not
   * asked.
   *
   * @throws IllegalArgumentException with one message naming the problem
   */
  public static URI parse(String url) {
    if (url == null || url.isBlank()) throw new IllegalArgumentException("webhook URL is empty");
    String trimmed = url.strip();
    if (trimmed.length() > MAX_LENGTH)
      throw new IllegalArgumentException(
          "webhook URL is longer than " + MAX_LENGTH + " characters");
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("webhook URL is not a valid URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "webhook URL must start with http:// or https://"
              + (scheme.isEmpty() ? "" : ", was " + scheme + ":"));
    }
    if (uri.getRawUserInfo() != null)
      throw new IllegalArgumentException("webhook URL must not contain a user name or password");
    if (uri.getHost() == null || uri.getHost().isEmpty())
      throw new IllegalArgumentException("webhook URL has no host");
    return uri;
  }

  /**
   * {@link #parse}, then every address the host resolves to must be public unless {@code
   * allowPrivate}.
   *
   * @throws IllegalArgumentException with one message naming the problem
   */
  public static URI check(String url, boolean allowPrivate, Resolver resolver) {
    URI uri = parse(url);
    if (allowPrivate) return uri;
    String host = uri.getHost();
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("webhook URL host " + host + " cannot be resolved");
    }
    if (addresses == null || addresses.length == 0)
      throw new IllegalArgumentException("webhook URL host " + host + " cannot be resolved");
    for (InetAddress address : addresses) {
      Optional<String> refused = refusedRange(address);
      if (refused.isPresent()) {
        throw new IllegalArgumentException(
            "webhook URL host "
                + host
                + " resolves to "
                + address.getHostAddress()
                + ", a "
                + refused.get()
                + " address; such addresses are refused unless the operator allows private"
                + " webhooks");
      }
    }
    return uri;
  }

  /**
   * The refused range {@code address} is in, e.g. {@code "loopback (127.0.0.0/8)"}, or empty for a
   * public address. IPv6 addresses that embed an IPv4 one (mapped {@code ::ffff:0:0/96}, compatible
   * {@code ::/96}, NAT64 {@code 64:ff9b::/96}) are judged by that IPv4 address.
   */
  public static Optional<String> refusedRange(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      Optional<byte[]> embedded = embeddedIpv4(bytes);
      if (embedded.isPresent()) bytes = embedded.get();
    }
    for (Range range : REFUSED) {
      if (range.contains(bytes)) return Optional.of(range.describe());
    }
    return Optional.empty();
  }

  private static Optional<byte[]> embeddedIpv4(byte[] v6) {
    byte[] head = Arrays.copyOf(v6, 12);
    byte[] mapped = new byte[12];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    byte[] nat64 = new byte[12];
    nat64[1] = 0x64;
    nat64[2] = (byte) 0xff;
    nat64[3] = (byte) 0x9b;
    boolean compatible = Arrays.equals(head, new byte[12]) && !isZeroOrOne(v6);
    if (Arrays.equals(head, mapped) || Arrays.equals(head, nat64) || compatible) {
      return Optional.of(Arrays.copyOfRange(v6, 12, 16));
    }
    return Optional.empty();
  }

  /** {@code ::} and {@code ::1} are IPv6's own unspecified and loopback, not embedded IPv4. */
  private static boolean isZeroOrOne(byte[] v6) {
    for (int i = 0; i < 15; i++) if (v6[i] != 0) return false;
    return v6[15] == 0 || v6[15] == 1;
  }
}
