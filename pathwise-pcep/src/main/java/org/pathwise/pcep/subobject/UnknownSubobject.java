package org.pathwise.pcep.subobject;

import org.pathwise.pcep.types.Bytes;

/** A sub-object this codec has no parser for, kept as sent. */
public record UnknownSubobject(boolean loose, int type, Bytes body) implements Subobject {}
