package ma.remacto.gateway.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address a request is counted against. It is the connection's peer, unless that peer is a trusted proxy (the
 * ingress controller): then {@code X-Forwarded-For} is read from the right, skipping the trusted proxies it lists, and
 * the first address that is not one is the client. Whatever a client writes further left cannot move its key, and
 * from an untrusted peer the header is not read at all.
 *
 * <p>An IPv6 client is counted by its /64: one home or phone gets a whole /64 and could otherwise change its address
 * at every request.
 */
public final class ClientAddress {

	private final Pattern trustedProxies;

	/** @param trustedProxies a regular expression matched against the peer's address; null or blank: none */
	public ClientAddress(String trustedProxies) {
		this.trustedProxies = (trustedProxies == null || trustedProxies.isBlank()) ? null
				: Pattern.compile(trustedProxies);
	}

	public String of(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		String peer = (remote == null) ? "unknown"
				: (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
		return key(resolve(peer, request.getHeaders().get("X-Forwarded-For")));
	}

	/** The client behind {@code peer} given the {@code X-Forwarded-For} header lines it sent. */
	String resolve(String peer, List<String> forwardedFor) {
		if (!trusted(peer) || forwardedFor == null || forwardedFor.isEmpty()) {
			return peer;
		}
		String client = peer;
		List<String> hops = forwardedFor.stream().flatMap((line) -> List.of(line.split(",")).stream()).map(String::trim)
			.toList();
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i);
			if (!isAddress(hop)) {
				// Garbage (or "unknown") where an address was expected: the last good one stands.
				return client;
			}
			client = hop;
			if (!trusted(hop)) {
				return hop;
			}
		}
		return client;
	}

	private boolean trusted(String address) {
		return this.trustedProxies != null && this.trustedProxies.matcher(address).matches();
	}

	/** A literal IPv4 or IPv6 address (never a host name: nothing here may cause a DNS lookup). */
	private static boolean isAddress(String value) {
		return value.matches("[0-9.]{7,15}") || (value.contains(":") && value.matches("[0-9A-Fa-f:.]{2,45}"));
	}

	/** The key of an address: IPv4 as it is, IPv6 by its /64 prefix. */
	static String key(String address) {
		if (!address.contains(":")) {
			return address;
		}
		try {
			InetAddress parsed = InetAddress.getByName(address);
			if (parsed instanceof Inet6Address) {
				byte[] bytes = parsed.getAddress();
				StringBuilder prefix = new StringBuilder();
				for (int i = 0; i < 8; i += 2) {
					prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
				}
				return prefix.append(":/64").toString();
			}
			return parsed.getHostAddress();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}
