package io.suishoupai.shared.notify;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a webhook may point. Outside the embedded defaults a channel URL is https, and its host must resolve only to
 * public addresses: not loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10),
 * link-local (169.254/16 — the cloud metadata service — and fe80::/10), unspecified or multicast. Otherwise an admin
 * account could make the outbox call into the city's own network and read what answers in {@code lastError}.
 * Checked when a channel is saved and again before each delivery (a name can be re-pointed in between).
 */
public final class ChannelTargets {

    private ChannelTargets() {
    }

    /**
     * Why this URL may not be a channel, resolving its host; empty when it may. Blocking (DNS): call it off the
     * event loop.
     */
    public static Optional<String> refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a URL");
        }
        return allowPrivate ? Optional.empty() : refusal(uri, resolve(uri), false);
    }

    /** Why this URL may not be a channel, given what its host resolved to; empty when it may. */
    public static Optional<String> refusal(URI url, List<InetAddress> resolved, boolean allowPrivate) {
        if (allowPrivate) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            return Optional.of("must be https");
        }
        if (resolved.isEmpty()) {
            return Optional.of("its host does not resolve");
        }
        return resolved.stream().filter(ChannelTargets::internal).findFirst()
                .map(a -> "points at an address that is not public (" + a.getHostAddress() + ")");
    }

    /** The host's addresses; none when it does not resolve. Blocking (DNS): call it off the event loop. */
    public static List<InetAddress> resolve(URI url) {
        if (url.getHost() == null) {
            return List.of();
        }
        try {
            return Arrays.asList(InetAddress.getAllByName(url.getHost()));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC; // unique local fc00::/7
        }
        return (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64; // 100.64.0.0/10
    }
}
