package org.pathwise.pcep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PCEP-ERROR Error-Type/Error-value pairs (IANA "PCEP-ERROR Object Error Types and Values")
 * that the codec or a session can emit, by name, in one place.
 */
public final class PcepErrors {
    private PcepErrors() {}

    // Error-Type 1: PCEP session establishment failure (RFC 5440)
    public static final ErrorCode INVALID_OPEN = new ErrorCode(1, 1, "Reception of an invalid Open message or a non Open message");
    public static final ErrorCode NO_OPEN_BEFORE_OPENWAIT = new ErrorCode(1, 2, "No Open message received before the expiration of the OpenWait timer");
    public static final ErrorCode UNACCEPTABLE_NON_NEGOTIABLE = new ErrorCode(1, 3, "Unacceptable and non-negotiable session characteristics");
    public static final ErrorCode UNACCEPTABLE_NEGOTIABLE = new ErrorCode(1, 4, "Unacceptable but negotiable session characteristics");
    public static final ErrorCode SECOND_OPEN_UNACCEPTABLE = new ErrorCode(1, 5, "Reception of a second Open message with still unacceptable session characteristics");
    public static final ErrorCode PCERR_UNACCEPTABLE = new ErrorCode(1, 6, "Reception of a PCErr message proposing unacceptable session characteristics");
    public static final ErrorCode NO_KEEPALIVE_BEFORE_KEEPWAIT = new ErrorCode(1, 7, "No Keepalive or PCErr message received before the expiration of the KeepWait timer");
    public static final ErrorCode VERSION_NOT_SUPPORTED = new ErrorCode(1, 8, "PCEP version not supported");

    public static final ErrorCode CAPABILITY_NOT_SUPPORTED = new ErrorCode(2, 0, "Capability not supported");

    // Error-Type 3/4: unknown / not supported object (RFC 5440 §7.2 P flag rule)
    public static final ErrorCode UNRECOGNIZED_OBJECT_CLASS = new ErrorCode(3, 1, "Unrecognized object class");
    public static final ErrorCode UNRECOGNIZED_OBJECT_TYPE = new ErrorCode(3, 2, "Unrecognized object Type");
    public static final ErrorCode NOT_SUPPORTED_OBJECT_CLASS = new ErrorCode(4, 1, "Not supported object class");
    public static final ErrorCode NOT_SUPPORTED_OBJECT_TYPE = new ErrorCode(4, 2, "Not supported object Type");
    public static final ErrorCode NOT_SUPPORTED_PARAMETER = new ErrorCode(4, 4, "Unsupported parameter");
    public static final ErrorCode UNSUPPORTED_NETWORK_PERFORMANCE_CONSTRAINT = new ErrorCode(4, 5, "Unsupported network performance constraint");

    // Error-Type 5: policy violation
    public static final ErrorCode METRIC_C_BIT_SET = new ErrorCode(5, 1, "C bit of the METRIC object set (request rejected)");
    public static final ErrorCode RP_O_BIT_SET = new ErrorCode(5, 2, "O bit of the RP object cleared (request rejected)");
    public static final ErrorCode OBJECTIVE_FUNCTION_NOT_ALLOWED = new ErrorCode(5, 3, "Objective function not allowed (request rejected)");
    public static final ErrorCode OF_BIT_SET = new ErrorCode(5, 4, "OF bit of the RP object set (request rejected)");
    public static final ErrorCode GCO_NOT_ALLOWED = new ErrorCode(5, 5, "Global concurrent optimization not allowed");
    public static final ErrorCode MONITORING_REJECTED = new ErrorCode(5, 6, "Monitoring message supported but rejected due to policy violation");
    public static final ErrorCode P2MP_NOT_ALLOWED = new ErrorCode(5, 7, "P2MP path computation is not allowed");

    // Error-Type 6: mandatory object missing
    public static final ErrorCode RP_MISSING = new ErrorCode(6, 1, "RP object missing");
    public static final ErrorCode RRO_MISSING_FOR_REOPTIMIZATION = new ErrorCode(6, 2, "RRO missing for a reoptimization request (R bit of the RP object set)");
    public static final ErrorCode END_POINTS_MISSING = new ErrorCode(6, 3, "END-POINTS object missing");
    public static final ErrorCode MONITORING_MISSING = new ErrorCode(6, 4, "MONITORING object missing");
    public static final ErrorCode LSP_MISSING = new ErrorCode(6, 8, "LSP object missing");
    public static final ErrorCode ERO_MISSING = new ErrorCode(6, 9, "ERO object missing");
    public static final ErrorCode SRP_MISSING = new ErrorCode(6, 10, "SRP object missing");
    public static final ErrorCode LSP_IDENTIFIERS_MISSING = new ErrorCode(6, 11, "LSP-IDENTIFIERS TLV missing");
    public static final ErrorCode LSP_DB_VERSION_MISSING = new ErrorCode(6, 12, "LSP-DB-VERSION TLV missing");

    public static final ErrorCode SYNCHRONIZED_REQUEST_MISSING = new ErrorCode(7, 0, "Synchronized path computation request missing");
    public static final ErrorCode UNKNOWN_REQUEST_REFERENCE = new ErrorCode(8, 0, "Unknown request reference");
    public static final ErrorCode SECOND_SESSION = new ErrorCode(9, 0, "Attempt to establish a second PCEP session");

    // Error-Type 10: reception of an invalid object
    public static final ErrorCode P_FLAG_NOT_SET = new ErrorCode(10, 1, "Reception of an object with P flag not set although the P flag must be set");
    public static final ErrorCode BAD_LABEL_VALUE = new ErrorCode(10, 2, "Bad label value");
    public static final ErrorCode UNSUPPORTED_NUMBER_OF_SR_ERO = new ErrorCode(10, 3, "Unsupported number of SR-ERO subobjects");
    public static final ErrorCode BAD_LABEL_FORMAT = new ErrorCode(10, 4, "Bad label format");
    public static final ErrorCode ERO_MIXES_SR = new ErrorCode(10, 5, "ERO mixes SR-ERO subobjects with other subobject types");
    public static final ErrorCode SR_ERO_SID_AND_NAI_ABSENT = new ErrorCode(10, 6, "Both SID and NAI are absent in the SR-ERO subobject");
    public static final ErrorCode SR_RRO_SID_AND_NAI_ABSENT = new ErrorCode(10, 7, "Both SID and NAI are absent in the SR-RRO subobject");
    public static final ErrorCode SYMBOLIC_PATH_NAME_MISSING = new ErrorCode(10, 8, "SYMBOLIC-PATH-NAME TLV missing");
    public static final ErrorCode MSD_EXCEEDS_DEFAULT = new ErrorCode(10, 9, "MSD exceeds the default for the PCEP session");
    public static final ErrorCode RRO_MIXES_SR = new ErrorCode(10, 10, "RRO mixes SR-RRO subobjects with other subobject types");
    public static final ErrorCode MALFORMED_OBJECT = new ErrorCode(10, 11, "Malformed object");
    public static final ErrorCode SR_CAPABILITY_MISSING = new ErrorCode(10, 12, "Missing PCE-SR-capability sub-TLV");
    public static final ErrorCode UNSUPPORTED_NAI_TYPE = new ErrorCode(10, 13, "Unsupported NAI Type in the SR-ERO/SR-RRO subobject");
    public static final ErrorCode UNKNOWN_SID = new ErrorCode(10, 14, "Unknown SID");
    public static final ErrorCode NAI_NOT_RESOLVABLE = new ErrorCode(10, 15, "NAI cannot be resolved to a SID");

    // Error-Type 19: invalid operation (RFC 8231, RFC 8281)
    public static final ErrorCode UPDATE_NON_DELEGATED_LSP = new ErrorCode(19, 1, "Attempted LSP Update Request for a non-delegated LSP");
    public static final ErrorCode UPDATE_WITHOUT_STATEFUL_CAPABILITY = new ErrorCode(19, 2, "Attempted LSP Update Request if the stateful PCE capability was not advertised");
    public static final ErrorCode UPDATE_UNKNOWN_PLSP_ID = new ErrorCode(19, 3, "Attempted LSP Update Request for an LSP identified by an unknown PLSP-ID");
    public static final ErrorCode REPORT_WITHOUT_STATEFUL_CAPABILITY = new ErrorCode(19, 5, "Attempted LSP State Report if stateful PCE capability was not advertised");
    public static final ErrorCode INITIATED_LSP_LIMIT = new ErrorCode(19, 6, "PCE-initiated LSP limit reached");
    public static final ErrorCode DELEGATION_NOT_REVOCABLE = new ErrorCode(19, 7, "Delegation for PCE-initiated LSP cannot be revoked");
    public static final ErrorCode NON_ZERO_PLSP_ID_IN_INITIATE = new ErrorCode(19, 8, "Non-zero PLSP-ID in LSP Initiate Request");
    public static final ErrorCode LSP_NOT_PCE_INITIATED = new ErrorCode(19, 9, "LSP is not PCE initiated");
    public static final ErrorCode INITIATE_RATE_LIMIT = new ErrorCode(19, 10, "PCE-initiated operation-frequency limit reached");

    // Error-Type 20: LSP state synchronization error (RFC 8231, RFC 8232)
    public static final ErrorCode CANNOT_PROCESS_STATE_REPORT = new ErrorCode(20, 1, "A PCE indicates to a PCC that it cannot process (an otherwise valid) LSP State Report");
    public static final ErrorCode LSP_DB_VERSION_MISMATCH = new ErrorCode(20, 2, "LSP-DB version mismatch");
    public static final ErrorCode LSP_DB_VERSION_TLV_MISSING = new ErrorCode(20, 3, "The LSP-DB-VERSION TLV missing when state synchronization avoidance is enabled");
    public static final ErrorCode TRIGGERED_SYNC_NOT_ADVERTISED = new ErrorCode(20, 4, "Attempt to trigger a synchronization when the PCE triggered synchronization capability has not been advertised");
    public static final ErrorCode CANNOT_COMPLETE_STATE_SYNC = new ErrorCode(20, 5, "A PCC indicates to a PCE that it cannot complete the State Synchronization");
    public static final ErrorCode INVALID_LSP_DB_VERSION = new ErrorCode(20, 6, "Received an invalid LSP-DB Version Number");
    public static final ErrorCode INVALID_SPEAKER_ENTITY_ID = new ErrorCode(20, 7, "Received an invalid Speaker Entity Identifier");

    // Error-Type 21: invalid traffic engineering path setup type (RFC 8408)
    public static final ErrorCode UNSUPPORTED_PATH_SETUP_TYPE = new ErrorCode(21, 1, "Unsupported path setup type");
    public static final ErrorCode MISMATCHED_PATH_SETUP_TYPE = new ErrorCode(21, 2, "Mismatched path setup type");

    // Error-Type 23: bad parameter value (RFC 8281)
    public static final ErrorCode SYMBOLIC_PATH_NAME_IN_USE = new ErrorCode(23, 1, "SYMBOLIC-PATH-NAME in use");
    public static final ErrorCode SPEAKER_ID_FOR_PCC_LSP = new ErrorCode(23, 2, "Speaker identity included for an LSP that is not PCE initiated");

    // Error-Type 24: LSP instantiation error (RFC 8281)
    public static final ErrorCode UNACCEPTABLE_INSTANTIATION_PARAMETERS = new ErrorCode(24, 1, "Unacceptable instantiation parameters");
    public static final ErrorCode INSTANTIATION_INTERNAL_ERROR = new ErrorCode(24, 2, "Internal error");
    public static final ErrorCode INSTANTIATION_SIGNALING_ERROR = new ErrorCode(24, 3, "Signaling error");

    // Error-Type 25: PCEP StartTLS failure (RFC 8253)
    public static final ErrorCode STARTTLS_AFTER_EXCHANGE = new ErrorCode(25, 1, "Reception of StartTLS after any PCEP exchange");
    public static final ErrorCode NON_STARTTLS_MESSAGE = new ErrorCode(25, 2, "Reception of any other message apart from StartTLS, Open, or PCErr");
    public static final ErrorCode TLS_FAILURE_NO_FALLBACK = new ErrorCode(25, 3, "Failure, connection without TLS is not possible");
    public static final ErrorCode TLS_FAILURE_FALLBACK = new ErrorCode(25, 4, "Failure, connection without TLS is possible");
    public static final ErrorCode NO_STARTTLS_BEFORE_TIMER = new ErrorCode(25, 5, "No StartTLS message (nor PCErr/Open) before StartTLSWait timer expiry");

    // Error-Type 26: association error (RFC 8697)
    public static final ErrorCode ASSOCIATION_TYPE_NOT_SUPPORTED = new ErrorCode(26, 1, "Association type is not supported");
    public static final ErrorCode TOO_MANY_LSPS_IN_ASSOCIATION = new ErrorCode(26, 2, "Too many LSPs in the association group");
    public static final ErrorCode TOO_MANY_ASSOCIATION_GROUPS = new ErrorCode(26, 3, "Too many association groups");
    public static final ErrorCode ASSOCIATION_UNKNOWN = new ErrorCode(26, 4, "Association unknown");
    public static final ErrorCode OPERATOR_ASSOCIATION_MISMATCH = new ErrorCode(26, 5, "Operator-configured association information mismatch");
    public static final ErrorCode ASSOCIATION_INFORMATION_MISMATCH = new ErrorCode(26, 6, "Association information mismatch");
    public static final ErrorCode CANNOT_JOIN_ASSOCIATION = new ErrorCode(26, 7, "Cannot join the association group");
    public static final ErrorCode ASSOCIATION_ID_NOT_IN_RANGE = new ErrorCode(26, 8, "Association ID not in range");

    private static final Map<Integer, ErrorCode> BY_CODE = new HashMap<>();

    static {
        for (java.lang.reflect.Field f : PcepErrors.class.getFields()) {
            if (f.getType() == ErrorCode.class) {
                try {
                    ErrorCode c = (ErrorCode) f.get(null);
                    BY_CODE.put(c.type() << 8 | c.value(), c);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The named pair for a type/value, or an "unassigned" description. */
    public static ErrorCode lookup(int type, int value) {
        ErrorCode c = BY_CODE.get(type << 8 | value);
        return c != null ? c : new ErrorCode(type, value, "unassigned or not known to Pathwise");
    }

    /** Every named pair, for documentation and tests. */
    public static List<ErrorCode> all() {
        return BY_CODE.values().stream().sorted((a, b) -> a.type() != b.type() ? a.type() - b.type() : a.value() - b.value()).toList();
    }
}
