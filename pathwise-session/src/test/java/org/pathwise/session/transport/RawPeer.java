package org.pathwise.session.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HexFormat;
import java.util.List;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Keepalive;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.Open;
import org.pathwise.pcep.object.OpenObject;

/** A PCC made of a plain socket: sends exactly the bytes a test wants, reads what comes back. */
final class RawPeer implements AutoCloseable {
    static final PcepCodec CODEC = PcepCodec.standard();

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    RawPeer(InetSocketAddress server, String sourceAddress) throws IOException {
        socket = new Socket();
        socket.bind(new InetSocketAddress(sourceAddress, 0));
        socket.connect(server, 5000);
        socket.setSoTimeout(5000);
        socket.setTcpNoDelay(true);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Opens a session: our Open (keepalive 30, dead 120) and Keepalive; consumes the PCE's Open and Keepalive. */
    RawPeer handshake() throws IOException {
        send(new Open(new OpenObject(30, 120, 1, List.of())));
        assertThat(read()).isInstanceOf(Open.class);
        send(Keepalive.INSTANCE);
        assertThat(read()).isEqualTo(Keepalive.INSTANCE);
        return this;
    }

    void send(Message m) throws IOException {
        sendBytes(CODEC.encode(m));
    }

    void sendHex(String hex) throws IOException {
        sendBytes(HexFormat.of().parseHex(hex.replaceAll("\\s", "")));
    }

    void sendBytes(byte[] b) throws IOException {
        out.write(b);
        out.flush();
    }

    /** The next message's raw bytes. */
    byte[] readBytes() throws IOException {
        byte[] header = new byte[4];
        in.readFully(header);
        int length = ((header[2] & 0xff) << 8) | (header[3] & 0xff);
        byte[] message = new byte[length];
        System.arraycopy(header, 0, message, 0, 4);
        in.readFully(message, 4, length - 4);
        return message;
    }

    Message read() throws IOException {
        DecodeResult r = CODEC.decode(readBytes());
        assertThat(r).isInstanceOf(DecodeResult.Decoded.class);
        return ((DecodeResult.Decoded) r).message();
    }

    /** Whether the server closed the connection (EOF) before sending anything more. */
    boolean closedByPeer() throws IOException {
        try {
            return in.read() < 0;
        } catch (EOFException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
