package org.pathwise.pcep.message;

/**
 * A PCEP message (RFC 5440 §6 and extensions): one record per message type. Messages whose RBNF
 * is a fixed shape hold typed objects; messages built of repeated, loosely ordered groups (PCReq,
 * PCRep, PCRpt, PCUpd, PCInitiate) hold each group's objects in wire order, with typed accessors,
 * so whatever order a router sent survives a round trip byte for byte.
 */
public sealed interface Message
        permits Open, Keepalive, PcReq, PcRep, PcNtf, PcErr, Close, PcMonReq, PcMonRep, PcRpt, PcUpd, PcInitiate,
                StartTls {}
