package io.dyadwatch.alert.subscription;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Where a team's alerts are posted, with extra request headers (e.g. Authorization), which are never
 * logged or described.
 */
public record WebhookTarget(URI url, Map<String, String> headers) {
  public WebhookTarget {
    Objects.requireNonNull(url, "url");
    headers = Map.copyOf(headers);
  }

  /** The URL without user info or query, which may hold secrets: for logs and descriptions. */
  public String display() {
    StringBuilder b = new StringBuilder().append(url.getScheme()).append("://").append(url.getHost());
    if (url.getPort() >= 0) {
      b.append(':').append(url.getPort());
    }
    return b.append(url.getRawPath() == null ? "" : url.getRawPath()).toString();
  }

  @Override
  public String toString() {
    return "WebhookTarget[" + display() + (headers.isEmpty() ? "" : ", headers " + headers.keySet()) + "]";
  }
}
