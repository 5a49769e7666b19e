package org.pathwise.server.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.object.PcepError;
import org.pathwise.server.PceService;
import org.pathwise.server.TestNetwork;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.ted.TeDatabase;

/** Hand-made bad requests over a raw TCP socket, through the whole stack: codec, session, server. */
class MalformedOverTcpTest {
    /** FRR 8.4 pathd's Open, as captured (INTEROP.md). */
    private static final String FRR_OPEN = "2001002801100024201e78000010000400000005002200100000000101000000001a000400000004";
    private PceService pce;
    private Socket socket;
    private DataInputStream in;
    private OutputStream out;

    @BeforeEach
    void connect() throws Exception {
        ServerConfig.Builder b = ServerConfig.builder();
        b.listenAddress = "127.0.0.1";
        b.port = 0;
        b.workers = 1;
        pce = PceService.start(b.build(), new TeDatabase(TestNetwork.square()));
        socket = new Socket("127.0.0.1", pce.localAddress().getPort());
        socket.setSoTimeout(20_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        send(FRR_OPEN);
        assertThat(read()).isInstanceOf(Open.class);
        send("20020004");
        assertThat(read()).isInstanceOf(Keepalive.class);
    }

    @AfterEach
    void close() throws Exception {
        socket.close();
        pce.close();
    }

    private void send(String hex) throws Exception {
        out.write(HexFormat.of().parseHex(hex.replace(" ", "")));
        out.flush();
    }

    private Message read() throws Exception {
        byte[] header = new byte[4];
        in.readFully(header);
        int length = (header[2] & 0xff) << 8 | (header[3] & 0xff);
        byte[] message = new byte[length];
        System.arraycopy(header, 0, message, 0, 4);
        in.readFully(message, 4, length - 4);
        return ((DecodeResult.Decoded) PcepCodec.standard().decode(message)).message();
    }

    private static void assertError(Message m, int type, int value, long... requestIds) {
        assertThat(m).isInstanceOf(PcErr.class);
        PcErr err = (PcErr) m;
        assertThat(err.errors()).hasSize(1);
        PcepError e = err.errors().get(0).errors().get(0);
        assertThat(List.of(e.errorType(), e.errorValue())).containsExactly(type, value);
        assertThat(err.errors().get(0).requests()).extracting(rp -> rp.requestId())
                .containsExactly(java.util.Arrays.stream(requestIds).boxed().toArray(Long[]::new));
    }

    @Test
    void badRequestsGetTheExactPcErrAndTheSessionKeepsServing() throws Exception {
        // PCReq: RP (P set, id 7) without END-POINTS → 6/3 naming request 7.
        send("20 03 0010" + "02 12 000c 00000000 00000007");
        assertError(read(), 6, 3, 7);
        // PCReq: END-POINTS before any RP → 6/1.
        send("20 03 0010" + "04 11 000c 01010101 04040404");
        assertError(read(), 6, 1);
        // RP 8 + END-POINTS + BANDWIDTH + an object of unknown class 200 with P set → 3/1 (RFC 5440 §7.2).
        send("20 03 002c" + "02 12 000c 00000000 00000008" + "04 11 000c 01010101 04040404"
                + "05 11 0008 43fa0000" + "c8 12 0008 00000000");
        assertError(read(), 3, 1, 8);
        // RP 9 with the R flag and no RRO → 6/2 naming request 9 (the server's own check).
        send("20 03 001c" + "02 12 000c 00000008 00000009" + "04 11 000c 01010101 04040404");
        assertError(read(), 6, 2, 9);
        // The same session still gets paths: RP 10, 1.1.1.1 → 4.4.4.4.
        send("20 03 001c" + "02 12 000c 00000000 0000000a" + "04 11 000c 01010101 04040404");
        Message rep = read();
        assertThat(rep).isInstanceOf(PcRep.class);
        assertThat(((PcRep) rep).responses().get(0).paths()).hasSize(1);
    }
}
