package org.pathwise.pcep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pathwise.pcep.json.PcepJson;
import org.pathwise.pcep.message.*;
import org.pathwise.pcep.object.*;
import org.pathwise.pcep.subobject.*;
import org.pathwise.pcep.tlv.*;
import org.pathwise.pcep.types.Bytes;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.pcep.types.Ipv6Address;

/** Generated messages: model → bytes → model is the identity, bytes → model → bytes too, and JSON as well. */
class MessageProperties {
    static final PcepCodec CODEC = PcepCodec.standard();
    static final PcepJson JSON = new PcepJson(CODEC);

    @Property(tries = 400)
    void encodeDecodeIsIdentity(@ForAll("messages") Message message) {
        byte[] wire = CODEC.encode(message);
        Message decoded = CodecAssertions.decode(wire);
        assertThat(decoded).isEqualTo(message);
        assertThat(CODEC.encode(decoded)).isEqualTo(wire);
        assertThat(JSON.fromJson(JSON.toJson(decoded))).isEqualTo(message);
    }

    // ---- values ----

    static Arbitrary<ObjectFlags> flags() {
        return Arbitraries.of(ObjectFlags.NONE, ObjectFlags.P, ObjectFlags.I, ObjectFlags.PI);
    }

    static Arbitrary<Ipv4Address> ipv4() {
        return Arbitraries.integers().map(Ipv4Address::new);
    }

    static Arbitrary<Ipv6Address> ipv6() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(Ipv6Address::new);
    }

    static Arbitrary<Long> u32() {
        return Arbitraries.longs().between(0, 0xffffffffL);
    }

    static Arbitrary<Float> floats() {
        return Arbitraries.floats().between(0, 1e12f);
    }

    static Arbitrary<Bytes> bytes(int max) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(max).map(Bytes::of);
    }

    static Arbitrary<Boolean> b() {
        return Arbitraries.of(true, false);
    }

    // ---- TLVs ----

    static Arbitrary<Tlv> tlvs() {
        return Arbitraries.oneOf(
                Combinators.combine(b(), b(), b(), b(), b(), b(), Arbitraries.integers().map(i -> i & ~0x3f))
                        .as(StatefulPceCapabilityTlv::new),
                bytes(20).filter(x -> x.length() > 0).map(SymbolicPathNameTlv::new),
                Combinators.combine(ipv4(), Arbitraries.integers().between(0, 65535), Arbitraries.integers().between(0, 65535),
                        ipv4(), ipv4()).as(Ipv4LspIdentifiersTlv::new),
                Arbitraries.longs().map(LspDbVersionTlv::new),
                Arbitraries.integers().between(0, 255).map(PathSetupTypeTlv::new),
                Combinators.combine(b(), b(), Arbitraries.integers().between(0, 255)).as(SrPceCapabilityTlv::new),
                Arbitraries.integers().between(0, 65535).list().ofMaxSize(5).map(AssociationTypeListTlv::new),
                Arbitraries.integers().between(0, 65535).list().ofMaxSize(5).map(OfListTlv::new),
                Combinators.combine(u32(), u32()).as(OrderTlv::new),
                u32().map(LspErrorCodeTlv::new),
                Combinators.combine(Arbitraries.integers().between(0, 3), b(), bytes(16)).as(TePathBindingTlv::new),
                Combinators.combine(Arbitraries.integers().between(0, 63), b(), b()).as(PathProtectionAssociationTlv::new),
                Combinators.combine(Arbitraries.integers().between(0, 65535).filter(t -> CODEC.registry().tlvCodec(t) == null),
                        bytes(12)).as(UnknownTlv::new));
    }

    // ---- sub-objects ----

    static Arbitrary<Nai> nai() {
        return Arbitraries.oneOf(ipv4().map(Nai.Ipv4Node::new), ipv6().map(Nai.Ipv6Node::new),
                Combinators.combine(ipv4(), ipv4()).as(Nai.Ipv4Adjacency::new),
                Combinators.combine(ipv6(), ipv6()).as(Nai.Ipv6Adjacency::new),
                Combinators.combine(ipv4(), u32(), ipv4(), u32()).as(Nai.UnnumberedAdjacency::new),
                Combinators.combine(ipv6(), u32(), ipv6(), u32()).as(Nai.Ipv6LinkLocalAdjacency::new));
    }

    static Arbitrary<Subobject> subobjects() {
        Arbitrary<Subobject> sr = Combinators.combine(b(), b(), b(), u32().injectNull(0.2), nai().injectNull(0.3))
                .as((loose, m, c, sid, nai) -> (Subobject) new SrSubobject(loose, nai == null ? NaiType.ABSENT : nai.type(),
                        m, c, sid, nai))
                .filter(s -> ((SrSubobject) s).sid() != null || ((SrSubobject) s).nai() != null);
        return Arbitraries.oneOf(
                Combinators.combine(b(), ipv4(), Arbitraries.integers().between(0, 32), Arbitraries.integers().between(0, 255))
                        .as(Ipv4PrefixSubobject::new),
                Combinators.combine(b(), ipv6(), Arbitraries.integers().between(0, 128), Arbitraries.integers().between(0, 255))
                        .as(Ipv6PrefixSubobject::new),
                // RFC 3209 §4.3.3: sub-object lengths are multiples of 4; MPLS labels are 4 bytes.
                Combinators.combine(b(), b(), b(), Arbitraries.integers().between(0, 255), bytes(4).filter(x -> x.length() == 4))
                        .as(LabelSubobject::new),
                Combinators.combine(b(), Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255),
                        ipv4(), u32()).as(UnnumberedInterfaceSubobject::new),
                Combinators.combine(b(), Arbitraries.integers().between(0, 65535)).as(AsNumberSubobject::new),
                sr,
                Combinators.combine(b(), b(), Arbitraries.integers().between(0, 65535), ipv6().injectNull(0.3))
                        .as((loose, v, beh, sid) -> (Subobject) new Srv6Subobject(loose, sid == null ? NaiType.IPV6_NODE
                                : NaiType.ABSENT, v, beh, sid, sid == null ? new Nai.Ipv6Node(new Ipv6Address(1, 2)) : null,
                                new Srv6Subobject.SidStructure(32, 16, 16, 0))),
                Combinators.combine(b(), Arbitraries.integers().between(0, 65535), ipv4()).as(PathKeySubobject::new));
    }

    // ---- objects ----

    static Arbitrary<Rp> rp() {
        return Combinators.combine(flags(), Arbitraries.integers().between(0, 7), b(), b(), b(), u32(), tlvs().list().ofMaxSize(2))
                .as((f, pri, r, bi, o, id, t) -> new Rp(f, pri, r, bi, o, false, true, false, true, false, false, false,
                        false, false, 0, id, t));
    }

    static Arbitrary<Lsp> lsp() {
        return Combinators.combine(flags(), Arbitraries.longs().between(0, 0xfffff), b(), b(), b(), b(),
                        Arbitraries.integers().between(0, 7), tlvs().list().ofMaxSize(3))
                .as((f, id, d, s, r, a, o, t) -> new Lsp(f, id, d, s, r, a, o, !d, false, false, false, 0, t));
    }

    static Arbitrary<Srp> srp() {
        return Combinators.combine(flags(), b(), u32(), tlvs().list().ofMaxSize(2)).as((f, r, id, t) -> new Srp(f, r, 0, id, t));
    }

    static Arbitrary<Ero> ero() {
        return Combinators.combine(flags(), subobjects().list().ofMaxSize(6)).as(Ero::new);
    }

    static Arbitrary<PcepObject> attribute() {
        return Arbitraries.oneOf(
                Combinators.combine(flags(), b(), floats()).as(Bandwidth::new),
                Combinators.combine(flags(), b(), b(), Arbitraries.integers().between(0, 255), floats()).as(Metric::new),
                Combinators.combine(flags(), u32(), u32(), u32(), Arbitraries.integers().between(0, 7),
                        Arbitraries.integers().between(0, 7), b(), tlvs().list().ofMaxSize(1)).as(Lspa::new),
                Combinators.combine(flags(), subobjects().list().ofMaxSize(3)).as(Iro::new),
                Combinators.combine(flags(), b(), subobjects().list().ofMaxSize(3)).as(Xro::new),
                Combinators.combine(flags(), Arbitraries.integers().between(0, 65535)).as((f, c) -> new ObjectiveFunction(f, c, List.of())),
                Combinators.combine(flags(), b(), Arbitraries.integers().between(0, 65535), Arbitraries.integers().between(0, 65535),
                        ipv4(), tlvs().list().ofMaxSize(1)).as(Association::new),
                Combinators.combine(flags(), Arbitraries.integers().between(0, 255), floats()).as(LoadBalancing::new),
                Combinators.combine(flags(), u32(), bytes(8).map(x -> Bytes.fromHex(x.hex() + "00".repeat(-x.length() & 3))))
                        .as(VendorInformation::new),
                Combinators.combine(Arbitraries.integers().between(200, 255), Arbitraries.integers().between(0, 15),
                        bytes(12).map(x -> Bytes.fromHex(x.hex() + "00".repeat(-x.length() & 3))))
                        .as((c, t, body) -> new UnknownObject(ObjectFlags.NONE, c, t, body)));
    }

    // ---- messages ----

    @Provide
    Arbitrary<Message> messages() {
        Arbitrary<Request> request = Combinators.combine(rp(), ipv4(), ipv4(), attribute().list().ofMaxSize(5))
                .as((rp, s, d, attrs) -> {
                    List<PcepObject> o = new java.util.ArrayList<>();
                    o.add(rp);
                    o.add(new EndpointsIpv4(ObjectFlags.P, s, d));
                    o.addAll(attrs);
                    return new Request(o);
                });
        Arbitrary<StateReport> report = Combinators.combine(srp().injectNull(0.3), lsp(), ero(), attribute().list().ofMaxSize(3))
                .as((srp, lsp, ero, attrs) -> {
                    List<PcepObject> o = new java.util.ArrayList<>();
                    if (srp != null) {
                        o.add(srp);
                    }
                    o.add(lsp);
                    o.add(ero);
                    o.addAll(attrs);
                    return new StateReport(o);
                });
        Arbitrary<LspUpdate> update = Combinators.combine(srp(), lsp(), ero(), attribute().list().ofMaxSize(3))
                .as((srp, lsp, ero, attrs) -> {
                    List<PcepObject> o = new java.util.ArrayList<>(List.of(srp, lsp, ero));
                    o.addAll(attrs);
                    return new LspUpdate(o);
                });
        Arbitrary<Message> open = Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 255), tlvs().list().ofMaxSize(5))
                .as((k, d, sid, t) -> new Open(new OpenObject(k, d, sid, t)));
        Arbitrary<Message> pcErr = Combinators.combine(rp().list().ofMaxSize(2), Arbitraries.integers().between(1, 30),
                Arbitraries.integers().between(0, 30))
                .as((rps, t, v) -> new PcErr(List.of(new PcErr.ErrorBlock(rps, List.of(), List.of(PcepError.of(t, v)))), null));
        Arbitrary<Message> pcRep = Combinators.combine(rp(), ero(), attribute().list().ofMaxSize(3))
                .as((rp, ero, attrs) -> {
                    List<PcepObject> o = new java.util.ArrayList<>(List.of(rp, ero));
                    o.addAll(attrs);
                    return PcRep.of(new Response(o));
                });
        return Arbitraries.oneOf(open, pcErr, pcRep,
                request.list().ofMinSize(1).ofMaxSize(3).map(rs -> new PcReq(List.of(), rs)),
                report.list().ofMinSize(1).ofMaxSize(3).map(PcRpt::new),
                update.list().ofMinSize(1).ofMaxSize(3).map(PcUpd::new),
                update.list().ofMinSize(1).ofMaxSize(2).map(us -> new PcInitiate(us.stream()
                        .map(u -> new LspInitiation(u.objects())).toList())));
    }
}
