package org.pathwise.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.pathwise.compute.PathComputer;
import org.pathwise.pcep.PcepErrors;
import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcErr;
import org.pathwise.pcep.message.PcNtf;
import org.pathwise.pcep.message.PcRep;
import org.pathwise.pcep.message.PcReq;
import org.pathwise.pcep.message.Request;
import org.pathwise.pcep.message.Response;
import org.pathwise.pcep.object.Notification;
import org.pathwise.pcep.object.Rp;
import org.pathwise.server.config.ServerConfig;
import org.pathwise.server.dispatch.Dispatcher;
import org.pathwise.server.dispatch.Job;
import org.pathwise.server.metrics.MetricsSnapshot;
import org.pathwise.server.metrics.ServerMetrics;
import org.pathwise.server.metrics.Stage;
import org.pathwise.server.solve.RequestSolver;
import org.pathwise.server.svec.SetSolver;
import org.pathwise.server.svec.SvecGroups;
import org.pathwise.server.tedwatch.ReloadResult;
import org.pathwise.server.tedwatch.TopologyWatcher;
import org.pathwise.server.translate.Answer;
import org.pathwise.server.translate.ParsedRequest;
import org.pathwise.server.translate.Parsing;
import org.pathwise.server.translate.ReplyBuilder;
import org.pathwise.server.translate.RequestParser;
import org.pathwise.ted.TeDatabase;
import org.pathwise.ted.TeSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PCE: stages 3–5 of ARCHITECTURE.md's "One PCReq, end to end". A transport calls
 * {@link #sessionUp}, {@link #message} and {@link #sessionDown} from its I/O threads; those
 * calls only check, queue and answer errors. Workers compute on the current TED snapshot and
 * send replies through {@link PeerSession#send}.
 */
public final class PceServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PceServer.class);

    private final ServerConfig config;
    private final TeDatabase ted;
    private final ServerMetrics metrics = new ServerMetrics();
    private final RequestParser parser;
    private final ReplyBuilder replies;
    private final RequestSolver solver;
    private final SetSolver setSolver;
    private final Dispatcher dispatcher;
    private final ConcurrentHashMap<PeerSession, Client> clients = new ConcurrentHashMap<>();
    private final TopologyWatcher watcher;
    private final long maxQueueWaitNanos;
    private final boolean syntheticAddressing;

    /** A server over {@code ted}; it watches no file. */
    public PceServer(ServerConfig config, TeDatabase ted) {
        this(config, ted, null, false);
    }

    private PceServer(ServerConfig config, TeDatabase ted, java.nio.file.Path watched, boolean syntheticAddressing) {
        this.config = config;
        this.ted = ted;
        this.syntheticAddressing = syntheticAddressing;
        this.parser = new RequestParser(config.defaultMetric());
        this.replies = new ReplyBuilder(config.reportUnsatisfiedConstraints());
        this.solver = new RequestSolver(new PathComputer.Limits(config.maxLabels(),
                PathComputer.Limits.DEFAULT.maxDisjointPrimaries()), config.srCandidatePaths(), config.defaultMsd());
        this.setSolver = new SetSolver(solver);
        this.maxQueueWaitNanos = TimeUnit.MILLISECONDS.toNanos(config.maxQueueWaitMillis());
        this.dispatcher = new Dispatcher(config.queueCapacity(), config.queueLowWater(), config.effectiveWorkers(),
                this::run, new Dispatcher.OverloadListener() {
                    @Override
                    public void overloadStarted(int queued) {
                        onOverload();
                    }

                    @Override
                    public void overloadEnded(int queued) {
                        broadcast(Notifications.overloadEnded());
                    }
                });
        this.watcher = watched != null && config.watchTopology()
                ? new TopologyWatcher(watched, ted, config.topologyPollMillis()).start() : null;
    }

    /**
     * A server over the configured topology file (an empty TED when none), watching the file for
     * changes when {@code topology.watch} is set. A file where some node has no router ID (SNDlib,
     * Topology Zoo, …) is served with synthetic addressing ({@link TopologyWatcher#load}), said once
     * here in the log. Throws TopologyException (file:line) for a bad file.
     */
    public static PceServer fromConfig(ServerConfig config) {
        TeDatabase db = new TeDatabase(TeSnapshot.empty());
        if (config.topology() == null) {
            return new PceServer(config, db, null, false);
        }
        TopologyWatcher.Loaded initial = TopologyWatcher.load(config.topology());
        if (initial.syntheticAddressing()) {
            LOG.info("{}: {} of {} nodes have no router ID; serving synthetic addressing (router ID 10.0.0.1 + node "
                    + "index, /31 link addresses from 100.64.0.0/10, SR SIDs), as pathwise pcc request and emulate "
                    + "assume (docs/topology.md)", config.topology(), initial.nodesWithoutRouterId(),
                    initial.snapshot().nodeCount());
        }
        db.replace(initial.snapshot());
        return new PceServer(config, db, config.topology(), initial.syntheticAddressing());
    }

    public ServerConfig config() {
        return config;
    }

    public TeDatabase ted() {
        return ted;
    }

    /**
     * Whether the topology file loaded at start had nodes without router IDs, so that the TED
     * serves synthetic ones ({@code SyntheticAddressing}); reloads follow the same rule.
     */
    public boolean syntheticAddressing() {
        return syntheticAddressing;
    }

    // ---- called by the transport, on its I/O threads -------------------------------------------

    public void sessionUp(PeerSession session) {
        clients.computeIfAbsent(session, Client::new);
        if (dispatcher.overloaded()) {
            session.send(Notifications.overloaded(overloadedSeconds()));
        }
    }

    /** A message from {@code session}, read from the network at {@code receivedNanos} (System.nanoTime). */
    public void message(PeerSession session, Message message, long receivedNanos) {
        long handoff = System.nanoTime();
        metrics.record(Stage.SESSION, handoff - receivedNanos);
        Client client = clients.computeIfAbsent(session, Client::new);
        switch (message) {
            case PcReq req -> intake(client, req, receivedNanos);
            case PcNtf ntf -> notifications(client, ntf);
            default -> { } // session management and stateful messages are handled elsewhere
        }
    }

    public void sessionDown(PeerSession session) {
        Client client = clients.remove(session);
        if (client == null) {
            return;
        }
        client.down = true;
        for (Job job : client.pending.values()) {
            dispatcher.cancel(job);
        }
        client.pending.clear();
    }

    // ---- operations ----------------------------------------------------------------------------

    /** Counters, gauges and per-stage latency distributions since start. */
    public MetricsSnapshot metrics() {
        return metrics.snapshot(dispatcher.queued(), dispatcher.capacity(), dispatcher.workers(), clients.size(),
                ted.current().version());
    }

    /** The live recorders, for benchmarks that want full HdrHistogram distributions. */
    public ServerMetrics liveMetrics() {
        return metrics;
    }

    /** Resizes the worker pool at run time. */
    public void workers(int count) {
        dispatcher.resize(count);
    }

    /** Reloads the topology file now (the admin command); a bad file keeps the current snapshot. */
    public ReloadResult reloadTopology() {
        if (config.topology() == null) {
            return new ReloadResult.Failed("no topology file is configured");
        }
        if (watcher != null) {
            return watcher.reload();
        }
        return new TopologyWatcher(config.topology(), ted, config.topologyPollMillis()).reload();
    }

    /** Stops the workers; requests still waiting are cancelled by the PCE (PCNtf 1/2). */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        for (Job job : dispatcher.shutdown()) {
            cancelByPce((Client) job.owner(), job);
        }
    }

    // ---- stage 3: intake on the I/O thread ------------------------------------------------------

    private void intake(Client client, PcReq req, long receivedNanos) {
        List<ParsedRequest> accepted = new ArrayList<>(req.requests().size());
        List<PcErr.ErrorBlock> errors = new ArrayList<>(0);
        for (Request r : req.requests()) {
            metrics.requests.increment();
            switch (parser.parse(r)) {
                case Parsing.Accepted a -> accepted.add(a.request());
                case Parsing.Rejected rej -> {
                    LOG.debug("{}: request {} rejected with PCErr {}: {}", client.session.name(), rej.rp().requestId(),
                            rej.error(), rej.detail());
                    errors.add(Notifications.block(rej.error(), List.of(rej.rp())));
                    metrics.rejected.increment();
                }
            }
        }
        SvecGroups.Split split = SvecGroups.split(accepted, req.svecs());
        if (!split.missing().isEmpty()) {
            // RFC 5440 §7.13.3: an SVEC names a request that is not here (or was rejected).
            errors.add(Notifications.block(PcepErrors.SYNCHRONIZED_REQUEST_MISSING, split.missing()));
            metrics.rejected.add(split.missing().size());
        }
        if (!errors.isEmpty()) {
            send(client, new PcErr(errors, null));
        }
        for (SvecGroups.RequestSet set : split.units()) {
            submit(client, set, receivedNanos);
        }
    }

    private void submit(Client client, SvecGroups.RequestSet set, long receivedNanos) {
        if (client.pending.size() + set.members().size() > config.maxPendingPerSession()) {
            refuse(client, set);
            return;
        }
        Job job = new Job(client, set, dispatcher.nextSequence(), receivedNanos);
        for (ParsedRequest p : set.members()) {
            client.pending.put(p.requestId(), job);
        }
        if (!dispatcher.offer(job)) {
            for (ParsedRequest p : set.members()) {
                client.pending.remove(p.requestId(), job);
            }
            refuse(client, set);
        }
    }

    /**
     * A request the PCE cannot take now (queue full, or the session's own limit): answered at once
     * with NO-PATH and the NO-PATH-VECTOR bit "PCE currently unavailable" (RFC 5440 §7.5), so the
     * PCC is not left waiting; docs/server.md explains the choice.
     */
    private void refuse(Client client, SvecGroups.RequestSet set) {
        List<Response> out = new ArrayList<>(set.members().size());
        for (ParsedRequest p : set.members()) {
            out.add(replies.response(p, new Answer.NoPath(org.pathwise.compute.PathResult.NoPath.of(
                    org.pathwise.compute.NoPathReason.NO_ROUTE, "PCE overloaded"), false, false, true)));
        }
        metrics.overloadRejected.add(out.size());
        send(client, new PcRep(List.of(), out));
    }

    private void notifications(Client client, PcNtf ntf) {
        for (PcNtf.Notify notify : ntf.notifies()) {
            for (Notification n : notify.notifications()) {
                if (n.type() == Notifications.REQUEST_CANCELLED && n.value() == Notifications.CANCELLED_BY_PCC) {
                    cancelByPcc(client, notify.requests());
                }
            }
        }
    }

    /** RFC 5440 §7.14 NT 1/NV 1: drop the requests; ids the PCE does not hold get PCErr 8/0. */
    private void cancelByPcc(Client client, List<Rp> requests) {
        List<Rp> unknown = new ArrayList<>(0);
        for (Rp rp : requests) {
            Job job = client.pending.remove(rp.requestId());
            if (job == null) {
                unknown.add(rp);
                continue;
            }
            metrics.cancelledByPcc.increment();
            if (job.cancelMember(rp.requestId())) {
                dispatcher.cancel(job);
            }
        }
        if (!unknown.isEmpty()) {
            client.session.unknownRequests(unknown);
        }
    }

    private void onOverload() {
        metrics.overloadEpisodes.increment();
        broadcast(Notifications.overloaded(overloadedSeconds()));
    }

    /** OVERLOADED-DURATION: configured, or the time the workers need to drain the queue. */
    private long overloadedSeconds() {
        if (config.overloadedDurationSeconds() > 0) {
            return config.overloadedDurationSeconds();
        }
        double drainNanos = metrics.meanComputeNanos() * dispatcher.queued() / Math.max(1, dispatcher.workers());
        return Math.max(1, (long) Math.ceil(drainNanos / 1e9));
    }

    private void broadcast(Message m) {
        for (Client c : clients.values()) {
            send(c, m);
        }
    }

    /** Sends to a client whose session is still open; a closed or closing one gets nothing. */
    private static void send(Client client, Message m) {
        send(client, m, null);
    }

    /** As {@link #send(Client, Message)}, then runs {@code written} (if any) once the bytes are in the socket. */
    private static void send(Client client, Message m, Runnable written) {
        if (client.down || !client.session.isOpen()) {
            return;
        }
        if (written == null) {
            client.session.send(m);
        } else {
            client.session.send(m, written);
        }
    }

    // ---- stages 4 and 5: compute and reply on a worker -----------------------------------------

    private void run(Job job) {
        Client client = (Client) job.owner();
        long start = System.nanoTime();
        metrics.record(Stage.QUEUE_WAIT, start - job.enqueuedNanos());
        if (client.down) {
            return;
        }
        if (maxQueueWaitNanos > 0 && start - job.enqueuedNanos() > maxQueueWaitNanos) {
            cancelByPce(client, job);
            return;
        }
        TeSnapshot snapshot = ted.current();
        PeerCapabilities peer = client.session.capabilities();
        List<Answer> answers;
        try {
            answers = job.set().synchronizedSet() ? setSolver.solve(job.set(), snapshot, peer)
                    : List.of(solver.solve(job.members().get(0), snapshot, peer));
        } catch (RuntimeException e) {
            LOG.error("{}: computing request(s) {} failed; cancelling them (PCNtf 1/2)", client.session.name(),
                    job.members().stream().map(ParsedRequest::requestId).toList(), e);
            cancelByPce(client, job);
            return;
        }
        long computed = System.nanoTime();
        metrics.record(Stage.COMPUTE, computed - start);
        List<Response> out = new ArrayList<>(answers.size());
        for (int i = 0; i < answers.size(); i++) {
            ParsedRequest p = job.members().get(i);
            if (!client.complete(p.requestId(), job)) {
                continue; // cancelled by the PCC meanwhile: the result is dropped
            }
            out.add(replies.response(p, answers.get(i)));
            metrics.replied.increment();
            if (answers.get(i) instanceof Answer.NoPath) {
                metrics.noPath.increment();
            }
        }
        if (out.isEmpty()) {
            return;
        }
        long received = job.receivedNanos();
        send(client, new PcRep(List.of(), out), () -> {
            long written = System.nanoTime();
            metrics.record(Stage.REPLY, written - computed);
            metrics.record(Stage.TOTAL, written - received);
        });
    }

    /** RFC 5440 §7.14 NT 1/NV 2: the PCE will not answer these requests. */
    private void cancelByPce(Client client, Job job) {
        List<Rp> rps = new ArrayList<>(job.members().size());
        for (ParsedRequest p : job.members()) {
            if (client.complete(p.requestId(), job)) {
                rps.add(p.rp());
            }
        }
        if (!rps.isEmpty() && !client.down) {
            metrics.cancelledByPce.add(rps.size());
            send(client, Notifications.cancelledByPce(rps));
        }
    }
}
