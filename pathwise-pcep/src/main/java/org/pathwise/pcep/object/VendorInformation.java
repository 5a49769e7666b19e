package org.pathwise.pcep.object;

import org.pathwise.pcep.types.Bytes;

/** VENDOR-INFORMATION (class 34, type 1; RFC 7470 §4). */
public record VendorInformation(ObjectFlags flags, long enterpriseNumber, Bytes enterpriseInformation)
        implements PcepObject {}
