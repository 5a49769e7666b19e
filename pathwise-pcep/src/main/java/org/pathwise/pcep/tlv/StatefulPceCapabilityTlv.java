package org.pathwise.pcep.tlv;

/**
 * STATEFUL-PCE-CAPABILITY (type 16; RFC 8231 §7.1.1, bits of RFC 8232 and RFC 8281).
 *
 * @param lspUpdate U: the PCE may update delegated LSPs (active stateful)
 * @param includeDbVersion S: LSP-DB-VERSION carried (RFC 8232)
 * @param lspInstantiation I: PCE-initiated LSPs (RFC 8281)
 * @param triggeredResync T (RFC 8232)
 * @param deltaLspSync D (RFC 8232)
 * @param triggeredInitialSync F (RFC 8232)
 * @param unassignedFlags bits of later RFCs (P2MP, scheduling, …), kept for the round trip
 */
public record StatefulPceCapabilityTlv(boolean lspUpdate, boolean includeDbVersion, boolean lspInstantiation,
        boolean triggeredResync, boolean deltaLspSync, boolean triggeredInitialSync, int unassignedFlags)
        implements Tlv {
    /** Active stateful with PCE-initiated LSPs: what FRR and most PCEs advertise. */
    public static StatefulPceCapabilityTlv activeWithInstantiation() {
        return new StatefulPceCapabilityTlv(true, false, true, false, false, false, 0);
    }
}
