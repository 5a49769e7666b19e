package org.pathwise.pcep.message;

import org.pathwise.pcep.object.OpenObject;

/** Open (type 1; RFC 5440 §6.2): {@code <Common Header> <OPEN>}. */
public record Open(OpenObject object) implements Message {}
