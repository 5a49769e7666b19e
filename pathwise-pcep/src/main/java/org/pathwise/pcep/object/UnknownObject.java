package org.pathwise.pcep.object;

import org.pathwise.pcep.types.Bytes;

/**
 * An object this codec has no parser for, kept whole so it survives a round trip. The decoder
 * only produces it when the P flag is clear (RFC 5440 §7.2: set P on an unknown object is an
 * error 3/1 or 3/2).
 */
public record UnknownObject(ObjectFlags flags, int objectClass, int objectType, Bytes body) implements PcepObject {}
