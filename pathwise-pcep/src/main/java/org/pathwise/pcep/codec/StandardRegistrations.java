package org.pathwise.pcep.codec;

import org.pathwise.pcep.codec.message.MessageCodecs;
import org.pathwise.pcep.codec.object.*;
import org.pathwise.pcep.codec.subobject.*;
import org.pathwise.pcep.codec.tlv.*;

/** Every message, object, TLV and sub-object codec Pathwise ships, registered once. */
public final class StandardRegistrations {
    private StandardRegistrations() {}

    /** A builder with all standard registrations, to which an extension may add its own. */
    public static CodecRegistry.Builder builder() {
        CodecRegistry.Builder b = CodecRegistry.builder();
        MessageCodecs.registerAll(b);
        // Objects: RFC 5440, 5541, 5521, 5557, 5886, 8306, 8779, 8231, 8697, 7470, 8233
        b.object(new OpenCodec()).object(new RpCodec()).object(new NoPathCodec())
                .object(new EndpointsIpv4Codec()).object(new EndpointsIpv6Codec())
                .object(new EndpointsP2mpIpv4Codec()).object(new EndpointsP2mpIpv6Codec())
                .object(new EndpointsGeneralizedCodec()).object(new BandwidthCodec())
                .object(new GeneralizedBandwidthCodec()).object(new MetricCodec()).object(new EroCodec())
                .object(new RroCodec()).object(new LspaCodec()).object(new IroCodec()).object(new SvecCodec())
                .object(new NotificationCodec()).object(new PcepErrorCodec()).object(new LoadBalancingCodec())
                .object(new CloseCodec()).object(new XroCodec()).object(new MonitoringCodec())
                .object(new PccReqIdCodec()).object(new ObjectiveFunctionCodec())
                .object(new GlobalConstraintsCodec()).object(new PceIdCodec()).object(new ProcTimeCodec())
                .object(new OverloadCodec()).object(new LspCodec()).object(new SrpCodec())
                .object(new VendorInformationCodec()).object(new BandwidthUtilizationCodec())
                .object(new AssociationCodec());
        // TLVs
        b.tlv(new NoPathVectorCodec()).tlv(new OverloadedDurationCodec()).tlv(new ReqMissingCodec())
                .tlv(new OfListCodec()).tlv(new OrderCodec()).tlv(new P2mpCapableCodec()).tlv(new VendorInfoCodec())
                .tlv(new StatefulPceCapabilityCodec()).tlv(new SymbolicPathNameCodec())
                .tlv(new Ipv4LspIdentifiersCodec()).tlv(new Ipv6LspIdentifiersCodec()).tlv(new LspErrorCodeCodec())
                .tlv(new RsvpErrorSpecCodec()).tlv(new LspDbVersionCodec()).tlv(new SpeakerEntityIdCodec())
                .tlv(new SrPceCapabilityCodec()).tlv(new Srv6PceCapabilityCodec()).tlv(new PathSetupTypeCodec())
                .tlv(new ExtendedAssociationIdCodec()).tlv(new PathSetupTypeCapabilityCodec())
                .tlv(new AssociationTypeListCodec()).tlv(new AutoBandwidthCapabilityCodec())
                .tlv(new AutoBandwidthAttributesCodec()).tlv(new PathProtectionAssociationCodec())
                .tlv(new Ipv4AddressCodec()).tlv(new Ipv6AddressCodec()).tlv(new UnnumberedEndpointCodec())
                .tlv(new LabelRequestCodec()).tlv(new LabelSetCodec()).tlv(new DisjointnessConfigurationCodec())
                .tlv(new DisjointnessStatusCodec()).tlv(new ScheduledLspCodec())
                .tlv(new PeriodicalScheduledLspCodec()).tlv(new TePathBindingCodec());
        // Sub-objects of ERO, RRO, IRO, XRO
        b.subobject(new Ipv4PrefixCodec()).subobject(new Ipv6PrefixCodec()).subobject(new LabelCodec())
                .subobject(new UnnumberedInterfaceCodec()).subobject(new AsNumberCodec()).subobject(new SrlgCodec())
                .subobject(new SrCodec()).subobject(new Srv6Codec()).subobject(new PathKeyCodec());
        return b;
    }

    public static CodecRegistry registry() {
        return builder().build();
    }
}
