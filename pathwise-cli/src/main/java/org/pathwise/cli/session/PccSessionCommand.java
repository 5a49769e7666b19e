package org.pathwise.cli.session;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.pathwise.pcc.Backoff;
import org.pathwise.pcc.PccClient;
import org.pathwise.pcc.PccConfig;
import org.pathwise.pcc.PccHandler;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcInitiate;
import org.pathwise.pcep.message.PcUpd;
import org.pathwise.session.PcepSession;
import org.pathwise.session.PeerPolicy;
import org.pathwise.session.PeerSettings;
import org.pathwise.session.Role;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;
import org.pathwise.session.TlsMode;
import org.pathwise.session.capability.Advertised;
import org.pathwise.session.security.PcepsUpgrade;
import org.pathwise.session.security.TlsSettings;
import org.pathwise.session.transport.SessionTransport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pathwise pcc session}: opens one PCEP session to a PCE as a PCC, prints the negotiated
 * parameters and then every message the PCE sends as JSON lines, until Ctrl-C or --duration.
 * Reconnects with backoff when the session drops. Lines go through a {@link JsonLinePrinter}, like
 * {@code serve --messages}: a PCE flooding this PCC costs dropped (and counted) lines, not memory.
 */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Open a PCEP session to a PCE and print negotiated parameters and messages as JSON lines.")
public final class PccSessionCommand implements Callable<Integer> {

    @Option(names = "--pce", required = true, paramLabel = "HOST:PORT", description = "The PCE (port defaults to 4189).")
    String pce;

    @Option(names = "--source", paramLabel = "ADDR", description = "Local address to connect from.")
    String source;

    @Option(names = "--stateful", description = "Advertise a stateful SR PCC (U and I flags, PST SR) like FRR pathd.")
    boolean stateful;

    @Option(names = "--msd", paramLabel = "N", defaultValue = "10", description = "SR MSD with --stateful. Default ${DEFAULT-VALUE}.")
    int msd;

    @Option(names = "--duration", paramLabel = "S", defaultValue = "0", description = "Stop after S seconds (0: until Ctrl-C).")
    long duration;

    @Option(names = "--tls-keystore", paramLabel = "P12", description = "PKCS#12 key and certificate: use StartTLS (RFC 8253).")
    Path tlsKeystore;

    @Option(names = "--tls-truststore", paramLabel = "P12", description = "PKCS#12 CA certificates the PCE must chain to.")
    Path tlsTruststore;

    @Option(names = "--tls-password", paramLabel = "PW", defaultValue = "", description = "Password of both PKCS#12 files.")
    String tlsPassword;

    @Mixin
    TimerOptions timers = new TimerOptions();

    @Override
    public Integer call() throws Exception {
        PccConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("pathwise pcc session: " + e.getMessage());
            return 2;
        }
        SessionJson json = new SessionJson();
        JsonLinePrinter printer = JsonLinePrinter.start(System.out, json);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "pcc-shutdown"));
        try (SessionTransport transport = SessionTransport.create(1);
                PccClient client = new PccClient(transport, config, new PccHandler() {
                    @Override
                    public void onUp(PcepSession s) {
                        printer.event(() -> json.up(s.peerAddress(), s.negotiated()));
                    }

                    @Override
                    public void onUpdate(PcepSession s, PcUpd update) {
                        onMessage(s, update);
                    }

                    @Override
                    public void onInitiate(PcepSession s, PcInitiate initiate) {
                        onMessage(s, initiate);
                    }

                    @Override
                    public void onMessage(PcepSession s, Message message) {
                        printer.message(() -> json.message("received", s.peerAddress(), message));
                    }

                    @Override
                    public void onDown(PcepSession s, SessionDown reason) {
                        printer.event(() -> json.down("down", s.peerAddress(), reason));
                    }
                })) {
            client.start();
            if (duration > 0) {
                stop.await(duration, TimeUnit.SECONDS);
            } else {
                stop.await();
            }
        }
        printer.close();
        return 0;
    }

    PccConfig config() throws java.io.IOException {
        InetSocketAddress pceAddress = HostPort.parse(pce, "--pce", 4189);
        if (pceAddress.isUnresolved()) {
            throw new IllegalArgumentException("--pce '" + pce + "': cannot resolve the host");
        }
        SessionConfig session = timers.apply(SessionConfig.pcc(), true);
        if (stateful) {
            session = session.withCapabilities(Advertised.statefulSrPcc(msd));
        }
        if (tlsKeystore != null || tlsTruststore != null) {
            if (tlsKeystore == null || tlsTruststore == null) {
                throw new IllegalArgumentException("--tls-keystore and --tls-truststore go together");
            }
            PcepsUpgrade upgrade = new PcepsUpgrade(TlsSettings.of(tlsKeystore, tlsPassword, tlsTruststore,
                    tlsPassword));
            PeerSettings peer = PeerSettings.DEFAULT.withTls(TlsMode.REQUIRED)
                    .withTimerRanges(TimerOptions.range(timers.keepaliveRange, "--keepalive-range"),
                            TimerOptions.range(timers.deadTimerRange, "--deadtimer-range"));
            session = session.withPeers(PeerPolicy.allowAll(peer))
                    .withTls((ch, role, remote) -> upgrade.newHandler(ch, role == Role.PCE, remote));
        }
        InetSocketAddress from = source == null ? null : new InetSocketAddress(InetAddress.getByName(source), 0);
        return PccConfig.of(pceAddress, session).withSource(from).withBackoff(Backoff.DEFAULT);
    }
}
