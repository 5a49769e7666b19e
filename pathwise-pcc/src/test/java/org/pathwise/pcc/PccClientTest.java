package org.pathwise.pcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.PcUpd;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.EndpointsIpv4;
import org.pathwise.pcep.object.NoPath;
import org.pathwise.pcep.object.Notification;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.PcepError;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Svec;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionListener;
import org.pathwise.session.transport.SessionTransport;

/** The PCC library against a Pathwise PCE on loopback whose answers each test scripts. */
class PccClientTest {
    final BlockingQueue<Message> atPce = new LinkedBlockingQueue<>();
    final ExecutorService worker = Executors.newSingleThreadExecutor();
    volatile BiConsumer<PcepSession, Message> answer = (s, m) -> {};
    PcepServer server;
    SessionTransport transport;
    PccClient client;

    void startPce() throws InterruptedException {
        server = PcepServer.start(SessionConfig.pce(), new InetSocketAddress("127.0.0.1", 0), new SessionListener() {
            @Override
            public void onMessage(PcepSession session, Message message, long receivedNanos) {
                atPce.add(message);
                worker.execute(() -> answer.accept(session, message)); // never on the event loop
            }
        });
    }

    PccClient startPcc(PccConfig config, PccHandler handler) throws Exception {
        transport = SessionTransport.create(1);
        client = new PccClient(transport, config, handler);
        client.start().get(10, TimeUnit.SECONDS);
        return client;
    }

    PccConfig config() {
        return PccConfig.of(server.localAddress(), SessionConfig.pcc())
                .withBackoff(new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), 2, 0));
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (transport != null) {
            transport.close();
        }
        if (server != null) {
            server.close();
        }
        worker.shutdownNow();
    }

    static Request request(long id) {
        return Request.of(Rp.of(id, 0, List.of()), new EndpointsIpv4(ObjectFlags.P, Ipv4Address.parse("10.0.0.1"),
                Ipv4Address.parse("10.0.0.2")));
    }

    static Response noPath(Rp rp) {
        return Response.of(rp, new NoPath(ObjectFlags.NONE, 0, false, List.of()));
    }

    Message nextAtPce() throws InterruptedException {
        Message m = atPce.poll(10, TimeUnit.SECONDS);
        assertThat(m).as("message at the PCE within 10 s").isNotNull();
        return m;
    }

    @Test
    void eachRequestIsCompletedByItsOwnReply() throws Exception {
        startPce();
        answer = (s, m) -> {
            if (m instanceof PcReq req) {
                s.send(PcRep.of(noPath(req.requests().get(0).rp())));
            }
        };
        startPcc(config(), PccHandler.NONE);
        CompletableFuture<Response> a = client.request(request(client.nextRequestId()));
        CompletableFuture<Response> b = client.request(request(client.nextRequestId()));
        assertThat(a.get(10, TimeUnit.SECONDS).rp().requestId()).isEqualTo(1);
        assertThat(b.get(10, TimeUnit.SECONDS).rp().requestId()).isEqualTo(2);
        assertThat(a.get().noPath()).isPresent();
        assertThat(client.pendingRequests()).isZero();
    }

    @Test
    void aSynchronizedSetGoesOutInOneMessageAndCompletesWithBothResponsesInRequestOrder() throws Exception {
        startPce();
        answer = (s, m) -> {
            if (m instanceof PcReq req) { // answered in two PCReps, the second request first
                s.send(PcRep.of(noPath(req.requests().get(1).rp())));
                s.send(PcRep.of(noPath(req.requests().get(0).rp())));
            }
        };
        startPcc(config(), PccHandler.NONE);
        long first = client.nextRequestId();
        long second = client.nextRequestId();
        PcReq pair = new PcReq(List.of(new Svec(ObjectFlags.NONE, true, false, false, false, false,
                List.of(first, second))), List.of(request(first), request(second)));
        CompletableFuture<List<Response>> answered = client.request(pair);
        assertThat(answered.get(10, TimeUnit.SECONDS)).extracting(r -> r.rp().requestId())
                .containsExactly(first, second);
        assertThat(nextAtPce()).isEqualTo(pair);
        assertThat(client.pendingRequests()).isZero();
    }

    @Test
    void aSetFailsWithTheFirstMemberFailureAndCancellingItCancelsTheRest() throws Exception {
        startPce();
        answer = (s, m) -> {
            if (m instanceof PcReq req) {
                s.send(new PcErr(List.of(new PcErr.ErrorBlock(List.of(req.requests().get(0).rp()), List.of(),
                        List.of(PcepError.of(7, 0)))), null));
            }
        };
        startPcc(config(), PccHandler.NONE);
        CompletableFuture<List<Response>> rejected = client.request(new PcReq(List.of(), List.of(request(11),
                request(12))));
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> rejected.get(10, TimeUnit.SECONDS));
        assertThat(((RequestFailedException) e.getCause()).reason()).isEqualTo(RequestFailedException.Reason.REJECTED);
        assertThat(e.getCause()).hasMessage("the PCE rejected request 11 with PCErr 7/0");
        assertThat(client.pendingRequests()).as("request 12 is still owed a reply").isEqualTo(1);

        answer = (s, m) -> { };
        CompletableFuture<List<Response>> cancelled = client.request(new PcReq(List.of(), List.of(request(21),
                request(22))));
        assertThat(((PcReq) nextAtPce()).requests()).hasSize(2); // the first set's
        assertThat(((PcReq) nextAtPce()).requests()).extracting(r -> r.rp().requestId()).containsExactly(21L, 22L);
        cancelled.cancel(false);
        PcNtf cancel1 = (PcNtf) nextAtPce();
        PcNtf cancel2 = (PcNtf) nextAtPce();
        assertThat(List.of(cancel1, cancel2)).extracting(n -> n.notifies().get(0).requests().get(0).requestId())
                .containsExactly(21L, 22L);
        assertThat(client.pendingRequests()).isEqualTo(1);
    }

    @Test
    void unansweredRequestTimesOutAndIsCancelledAtThePce() throws Exception {
        startPce();
        startPcc(config().withRequestTimeout(Duration.ofMillis(300)), PccHandler.NONE);
        CompletableFuture<Response> f = client.request(request(7));
        assertThat(nextAtPce()).isInstanceOf(PcReq.class);
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> f.get(10, TimeUnit.SECONDS));
        assertThat(((RequestFailedException) e.getCause()).reason()).isEqualTo(RequestFailedException.Reason.TIMEOUT);
        PcNtf cancel = (PcNtf) nextAtPce();
        assertThat(cancel.notifies().get(0).requests()).extracting(Rp::requestId).containsExactly(7L);
        assertThat(cancel.notifies().get(0).notifications().get(0).value()).isEqualTo(1);
    }

    @Test
    void cancellingTheFutureSendsPcNtf() throws Exception {
        startPce();
        startPcc(config(), PccHandler.NONE);
        CompletableFuture<Response> f = client.request(request(9));
        assertThat(nextAtPce()).isInstanceOf(PcReq.class);
        f.cancel(true);
        PcNtf cancel = (PcNtf) nextAtPce();
        assertThat(cancel.notifies().get(0).requests()).extracting(Rp::requestId).containsExactly(9L);
    }

    @Test
    void pceCancellationAndPcErrFailTheRequest() throws Exception {
        startPce();
        answer = (s, m) -> {
            if (m instanceof PcReq req) {
                Rp rp = req.requests().get(0).rp();
                if (rp.requestId() == 1) {
                    s.send(new PcNtf(List.of(new PcNtf.Notify(List.of(rp),
                            List.of(new Notification(ObjectFlags.NONE, 1, 2, List.of()))))));
                } else {
                    s.send(new PcErr(List.of(new PcErr.ErrorBlock(List.of(rp), List.of(),
                            List.of(PcepError.of(5, 3)))), null));
                }
            }
        };
        startPcc(config(), PccHandler.NONE);
        var cancelled = client.request(request(1));
        var rejected = client.request(request(2));
        assertThat(failure(cancelled).reason()).isEqualTo(RequestFailedException.Reason.CANCELLED_BY_PCE);
        RequestFailedException r = failure(rejected);
        assertThat(r.reason()).isEqualTo(RequestFailedException.Reason.REJECTED);
        assertThat(r.error()).hasValueSatisfying(c -> assertThat(c.type() * 100 + c.value()).isEqualTo(503));
    }

    @Test
    void updatesReachTheHandlerAndReportsReachThePce() throws Exception {
        startPce();
        BlockingQueue<PcUpd> updates = new LinkedBlockingQueue<>();
        startPcc(config().withRequestTimeout(Duration.ofSeconds(5)), new PccHandler() {
            @Override
            public void onUpdate(PcepSession session, PcUpd update) {
                updates.add(update);
            }
        });
        // SRP 1, LSP PLSP-ID 1 (D), ERO with one IPv4 hop
        PcUpd upd = (PcUpd) ((DecodeResult.Decoded) PcepCodec.standard().decode(HexFormat.of().parseHex(
                "200b0024" + "2112000c0000000000000001" + "2012000800001009" + "0710000c01080a0000012000"
                        .replace(" ", "")))).message();
        server.sessions().get(0).send(upd);
        assertThat(updates.poll(10, TimeUnit.SECONDS)).isEqualTo(upd);
    }

    @Test
    void reconnectsWithBackoffAfterThePceDropsTheSession() throws Exception {
        startPce();
        BlockingQueue<String> ups = new LinkedBlockingQueue<>();
        startPcc(config(), new PccHandler() {
            @Override
            public void onUp(PcepSession session) {
                ups.add("up");
            }
        });
        assertThat(ups.poll(10, TimeUnit.SECONDS)).isEqualTo("up");
        server.sessions().get(0).close(1);
        assertThat(ups.poll(10, TimeUnit.SECONDS)).as("up again after the drop").isEqualTo("up");
        assertThat(client.session()).isPresent();
    }

    @Test
    void requestWithoutSessionFailsAtOnce() throws Exception {
        startPce();
        startPcc(config(), PccHandler.NONE);
        client.close();
        assertThat(failure(client.request(request(3))).reason()).isEqualTo(RequestFailedException.Reason.SESSION_DOWN);
    }

    static RequestFailedException failure(CompletableFuture<Response> f) throws Exception {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return (RequestFailedException) e.getCause();
        }
        throw new AssertionError("request succeeded");
    }
}
