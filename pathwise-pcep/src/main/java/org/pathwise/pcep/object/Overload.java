package org.pathwise.pcep.object;

/** OVERLOAD (class 27, type 1; RFC 5886 §4.5): the PCE is overloaded for {@code duration} seconds. */
public record Overload(ObjectFlags flags, int duration) implements PcepObject {}
