package org.pathwise.pcep.subobject;

/** Autonomous system number (type 32; RFC 3209 §4.3.3.5): a 2-octet AS. */
public record AsNumberSubobject(boolean loose, int asNumber) implements Subobject {}
