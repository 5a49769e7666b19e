package org.pathwise.pcep.types;

/** An IPv4 or IPv6 address as carried on the wire, without java.net's resolver baggage. */
public sealed interface IpAddress permits Ipv4Address, Ipv6Address {

    /** 4 or 16. */
    int byteLength();

    /** Parses dotted-quad IPv4 or RFC 5952 IPv6 text. */
    static IpAddress parse(String text) {
        return text.indexOf(':') >= 0 ? Ipv6Address.parse(text) : Ipv4Address.parse(text);
    }
}
