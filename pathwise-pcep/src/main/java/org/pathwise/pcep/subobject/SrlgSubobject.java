package org.pathwise.pcep.subobject;

/**
 * SRLG (type 34, XRO only; RFC 5521 §2.1.4): exclude a shared risk link group.
 *
 * @param attribute 2 (SRLG) per RFC 5521
 */
public record SrlgSubobject(boolean loose, long srlgId, int attribute) implements Subobject {}
