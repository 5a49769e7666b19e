package org.pathwise.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.Ero;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.OpenObject;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Svec;
import org.pathwise.pcep.subobject.Ipv4PrefixSubobject;
import org.pathwise.pcep.types.Ipv4Address;

/** The echo baseline over real TCP: greets, and answers each RP with the template under that RP's id. */
class EchoPceTest {
    private static final PcepCodec CODEC = PcepCodec.standard();
    private static final Ipv4Address A = Ipv4Address.parse("10.0.0.1");
    private static final Ipv4Address Z = Ipv4Address.parse("10.0.0.2");

    private static Response template(long id) {
        return Response.of(Rp.of(id, 0, List.of()), new Ero(ObjectFlags.NONE, List.of(Ipv4PrefixSubobject.strict(A),
                Ipv4PrefixSubobject.strict(Z))), new Metric(ObjectFlags.NONE, false, false, Metric.TE, 20f));
    }

    @Test
    void greetsThenAnswersEveryRequestIdWithTheTemplate() throws Exception {
        try (EchoPce echo = EchoPce.start(new InetSocketAddress("127.0.0.1", 0), 1, PcRep.of(template(999)));
                Socket s = new Socket("127.0.0.1", echo.localAddress().getPort())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            DataInputStream in = new DataInputStream(s.getInputStream());
            out.write(CODEC.encode(new Open(new OpenObject(30, 120, 7, List.of()))));
            assertThat(read(in)).isEqualTo(new Open(new OpenObject(30, 120, 1, List.of())));
            assertThat(read(in)).isEqualTo(Keepalive.INSTANCE);

            out.write(CODEC.encode(Keepalive.INSTANCE));
            EndpointsIpv4 ends = new EndpointsIpv4(ObjectFlags.P, A, Z);
            out.write(CODEC.encode(PcReq.of(Request.of(Rp.of(77, 0, List.of()), ends))));
            assertThat(read(in)).isEqualTo(PcRep.of(template(77)));

            Svec svec = new Svec(ObjectFlags.P, true, false, false, false, false, List.of(5L, 6L));
            out.write(CODEC.encode(new PcReq(List.of(svec), List.of(Request.of(Rp.of(5, 0, List.of()), ends),
                    Request.of(Rp.of(0xFFFF_FFF0L, 0, List.of()), ends)))));
            assertThat(read(in)).isEqualTo(PcRep.of(template(5)));
            assertThat(read(in)).isEqualTo(PcRep.of(template(0xFFFF_FFF0L)));
            assertThat(echo.replySize()).isEqualTo(CODEC.encode(PcRep.of(template(1))).length);
        }
    }

    private static Message read(DataInputStream in) throws IOException {
        byte[] header = new byte[4];
        in.readFully(header);
        int length = (header[2] & 0xff) << 8 | (header[3] & 0xff);
        byte[] message = new byte[length];
        System.arraycopy(header, 0, message, 0, 4);
        in.readFully(message, 4, length - 4);
        DecodeResult r = CODEC.decode(message);
        assertThat(r).isInstanceOf(DecodeResult.Decoded.class);
        return ((DecodeResult.Decoded) r).message();
    }
}
