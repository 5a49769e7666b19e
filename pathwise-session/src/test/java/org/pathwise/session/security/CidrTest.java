package org.pathwise.session.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class CidrTest {

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void ipv4PrefixMatchesInsideOnly() throws Exception {
        Cidr net = Cidr.parse("192.0.2.0/24");
        assertThat(net.contains(ip("192.0.2.0"))).isTrue();
        assertThat(net.contains(ip("192.0.2.255"))).isTrue();
        assertThat(net.contains(ip("192.0.3.0"))).isFalse();
        // A dual-stack socket reports IPv4 peers as IPv4-mapped; Java turns those into IPv4 addresses.
        assertThat(net.contains(ip("::ffff:192.0.2.1"))).isTrue();
    }

    @Test
    void hostBitsAreMaskedAndOddLengthsWork() throws Exception {
        Cidr net = Cidr.parse("10.1.2.3/12");
        assertThat(net.toString()).isEqualTo("10.0.0.0/12");
        assertThat(net.contains(ip("10.15.255.255"))).isTrue();
        assertThat(net.contains(ip("10.16.0.0"))).isFalse();
        assertThat(net).isEqualTo(Cidr.parse("10.0.0.0/12"));
    }

    @Test
    void ipv6PrefixAndBareAddresses() throws Exception {
        Cidr net = Cidr.parse("2001:db8::/32");
        assertThat(net.contains(ip("2001:db8:ffff::1"))).isTrue();
        assertThat(net.contains(ip("2001:db9::1"))).isFalse();
        assertThat(net.contains(ip("192.0.2.1"))).isFalse();
        assertThat(Cidr.parse("2001:db8::7").prefixLength()).isEqualTo(128);
        assertThat(Cidr.parse("127.0.0.1").prefixLength()).isEqualTo(32);
        assertThat(Cidr.parse("0.0.0.0/0").contains(ip("203.0.113.9"))).isTrue();
    }

    @Test
    void badPrefixesSayWhatToWrite() {
        assertThatThrownBy(() -> Cidr.parse("router1.example/32"))
                .hasMessage("'router1.example/32' is not an IP prefix: write e.g. 192.0.2.0/24 or 2001:db8::/32");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessage("'10.0.0.0/33': prefix length 33 outside 0..32");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/x")).hasMessage("'10.0.0.0/x': prefix length must be a number 0..32");
    }

    @Test
    void allowlistPicksTheMostSpecificPrefix() throws Exception {
        PeerAllowlist<String> list = PeerAllowlist.of(List.of(
                new PeerAllowlist.Entry<>(Cidr.parse("10.0.0.0/8"), "site"),
                new PeerAllowlist.Entry<>(Cidr.parse("10.1.1.1/32"), "router"),
                new PeerAllowlist.Entry<>(Cidr.parse("10.1.0.0/16"), "region")));
        assertThat(list.lookup(ip("10.1.1.1"))).contains("router");
        assertThat(list.lookup(ip("10.1.9.9"))).contains("region");
        assertThat(list.lookup(ip("10.200.0.1"))).contains("site");
        assertThat(list.lookup(ip("11.0.0.1"))).isEmpty();
        assertThat(list.admits(ip("::1"))).isFalse();
        assertThat(PeerAllowlist.allowAll("x").admits(ip("::1"))).isTrue();
    }
}
