package org.pathwise.pcep.tlv;

/**
 * A PCEP TLV (RFC 5440 §7.1): one record per TLV type the codec knows, {@link UnknownTlv} for the
 * rest. TLV types are one space across all objects; the sub-TLVs of PATH-SETUP-TYPE-CAPABILITY use
 * it too (RFC 8408 §3), so SR-PCE-CAPABILITY is the same record at top level and nested.
 */
public sealed interface Tlv
        permits NoPathVectorTlv, OverloadedDurationTlv, ReqMissingTlv, OfListTlv, OrderTlv, P2mpCapableTlv,
                VendorInfoTlv, StatefulPceCapabilityTlv, SymbolicPathNameTlv, Ipv4LspIdentifiersTlv,
                Ipv6LspIdentifiersTlv, LspErrorCodeTlv, RsvpErrorSpecTlv, LspDbVersionTlv, SpeakerEntityIdTlv,
                PathSetupTypeTlv, PathSetupTypeCapabilityTlv, SrPceCapabilityTlv, Srv6PceCapabilityTlv,
                AssociationTypeListTlv, ExtendedAssociationIdTlv, PathProtectionAssociationTlv,
                DisjointnessConfigurationTlv, DisjointnessStatusTlv, AutoBandwidthCapabilityTlv,
                AutoBandwidthAttributesTlv, ScheduledLspTlv, PeriodicalScheduledLspTlv, TePathBindingTlv,
                Ipv4AddressTlv, Ipv6AddressTlv, UnnumberedEndpointTlv, LabelRequestTlv, LabelSetTlv, UnknownTlv {}
