package ma.remacto.gateway.ratelimit;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

	private final ClientAddress behindIngress = new ClientAddress("10\\..*");

	@Test
	void anUntrustedPeerIsTheClientWhateverItForwards() {
		assertThat(this.behindIngress.resolve("198.51.100.4", List.of("203.0.113.1"))).isEqualTo("198.51.100.4");
		assertThat(new ClientAddress("").resolve("10.0.0.1", List.of("203.0.113.1"))).isEqualTo("10.0.0.1");
		assertThat(new ClientAddress(null).resolve("10.0.0.1", null)).isEqualTo("10.0.0.1");
	}

	@Test
	void behindATrustedProxyTheClientIsTheRightmostUntrustedHop() {
		assertThat(this.behindIngress.resolve("10.0.0.1", List.of("1.1.1.1, 203.0.113.9"))).isEqualTo("203.0.113.9");
		assertThat(this.behindIngress.resolve("10.0.0.1", List.of("1.1.1.1", "203.0.113.9, 10.0.0.7")))
			.isEqualTo("203.0.113.9");
		assertThat(this.behindIngress.resolve("10.0.0.1", List.of())).isEqualTo("10.0.0.1");
		// Only proxies: the leftmost is as far as one can see.
		assertThat(this.behindIngress.resolve("10.0.0.1", List.of("10.0.0.3, 10.0.0.2"))).isEqualTo("10.0.0.3");
		// Garbage stops the walk at the last good address.
		assertThat(this.behindIngress.resolve("10.0.0.1", List.of("evil.example, 10.0.0.2"))).isEqualTo("10.0.0.2");
		assertThat(this.behindIngress.resolve("10.0.0.1", List.of("unknown"))).isEqualTo("10.0.0.1");
	}

	@Test
	void ipv6ClientsAreCountedByTheirSlash64() {
		assertThat(ClientAddress.key("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("2001:0db8:0001:0002:ffff:0:0:1")).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.key("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
		assertThat(ClientAddress.key("192.0.2.1")).isEqualTo("192.0.2.1");
	}

}
