package org.pathwise.session.transport;

import java.net.InetAddress;

/** A session's identity for the one-session rule: our address and the peer's (ports ignored). */
record SessionKey(InetAddress local, InetAddress peer) {}
