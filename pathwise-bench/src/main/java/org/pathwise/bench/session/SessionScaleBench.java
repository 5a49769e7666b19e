package org.pathwise.bench.session;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.UnixOperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.pathwise.pcep.message.Message;
import org.pathwise.session.PcepServer;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionConfig;
import org.pathwise.session.SessionDown;
import org.pathwise.session.SessionListener;
import org.pathwise.session.limits.LimitSettings;
import org.pathwise.session.security.SecurityHooks;

/**
 * The session scale benchmark: one Pathwise PCE (this process, the real session stack with the
 * default abuse limits) and {@code count} emulated PCCs in a second process, each from its own
 * 127.x.y.z. Measures the setup rate (sessions Up per second, seen by the PCE), the PCE's heap
 * after GC with every session Up, and the PCE's CPU while the sessions only exchange keepalives.
 * Two processes because each needs one file descriptor per session.
 */
public final class SessionScaleBench {
    /** Descriptors the PCE process needs besides one per session (jars, epoll, pipes, listener). */
    private static final int FD_HEADROOM = 150;

    public record Options(int count, int holdSeconds, int keepalive, int window) {
        public Options {
            if (count < 1 || holdSeconds < 1 || keepalive < 1 || keepalive > 63 || window < 1) {
                throw new IllegalArgumentException("count, hold and window must be positive, keepalive 1..63 s");
            }
        }
    }

    /**
     * @param sessionsUp sessions the PCE saw reach Up
     * @param setupSeconds from the first to the last session Up, at the PCE
     * @param setupRate sessions Up per second over that interval
     * @param heapAfterGcBytes PCE heap in use after System.gc() with every session Up
     * @param restCpuPercent PCE process CPU while holding, in % of one core
     * @param sessionsLostWhileHolding sessions that went down during the hold (must be 0)
     * @param setupCpuSeconds PCE process CPU time from the start of the run until every session was Up
     * @param sessionsPerCpuSecond sessions set up per second of PCE CPU: the rate a machine with a free
     *     core for the PCE would reach, independent of what else runs on it
     */
    public record Result(int count, int sessionsUp, int refusedOrFailed, double setupSeconds, double setupRate,
            double setupCpuSeconds, double sessionsPerCpuSecond,
            long heapAfterGcBytes, double heapPerSessionBytes, long maxHeapBytes, int holdSeconds,
            double restCpuPercent, int sessionsLostWhileHolding, String transport, String clientsLine) {}

    private SessionScaleBench() {}

    public static Result run(Options o, PrintStream progress) throws Exception {
        checkFileDescriptors(o.count());
        AtomicInteger up = new AtomicInteger();
        AtomicInteger down = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong firstUp = new AtomicLong();
        AtomicLong lastUp = new AtomicLong();
        SessionListener listener = new SessionListener() {
            @Override
            public void onUp(PcepSession session) {
                long now = System.nanoTime();
                firstUp.compareAndSet(0, now);
                lastUp.set(now);
                up.incrementAndGet();
            }

            @Override
            public void onMessage(PcepSession session, Message message, long receivedNanos) {}

            @Override
            public void onDown(PcepSession session, SessionDown reason) {
                down.incrementAndGet();
            }

            @Override
            public void onEstablishmentFailed(InetSocketAddress peer, SessionDown reason) {
                failed.incrementAndGet();
            }
        };
        // Every PCC connects at once, as a whole network does after a PCE restart: an operator
        // expecting that sets the global connection burst to the fleet size. Per-source limits
        // (one router reconnecting in a loop) stay at their defaults.
        LimitSettings d = LimitSettings.DEFAULTS;
        LimitSettings limits = d.withConnectionRates(d.connectionsPerSecondPerSource(), d.connectionBurstPerSource(),
                Math.max(d.connectionsPerSecond(), o.count()), Math.max(d.connectionBurst(), o.count()));
        SecurityHooks hooks = SecurityHooks.limitsOnly(limits);
        SessionConfig config = SessionConfig.pce().withTimers(o.keepalive(), 4 * o.keepalive()).withHooks(hooks);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuAtStart = os.getProcessCpuTime();
        try (PcepServer server = PcepServer.start(config, new InetSocketAddress("127.0.0.1", 0), listener)) {
            progress.printf("PCE listening on %s (%s); starting %d PCCs in a second process%n", server.localAddress(),
                    server.isEpoll() ? "epoll" : "NIO", o.count());
            Process clients = startClients(server.localAddress(), o);
            String clientsLine;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(clients.getInputStream(), StandardCharsets.UTF_8))) {
                clientsLine = out.readLine();
                double setupCpu = (os.getProcessCpuTime() - cpuAtStart) / 1e9;
                progress.println(clientsLine);
                double setupSeconds = (lastUp.get() - firstUp.get()) / 1e9;
                int upAtSetup = up.get();
                TimeUnit.SECONDS.sleep(2); // let the last writes and allocations settle
                long heap = heapAfterGc();
                progress.printf("%d sessions Up in %.2f s; heap after GC %.1f MiB; holding %d s%n", upAtSetup,
                        setupSeconds, heap / 1048576.0, o.holdSeconds());
                int downBefore = down.get();
                long cpu0 = os.getProcessCpuTime();
                long wall0 = System.nanoTime();
                TimeUnit.SECONDS.sleep(o.holdSeconds());
                double restCpu = 100.0 * (os.getProcessCpuTime() - cpu0) / (System.nanoTime() - wall0);
                int lost = down.get() - downBefore;
                clients.getOutputStream().close();
                progress.println(out.readLine());
                clients.waitFor(30, TimeUnit.SECONDS);
                return new Result(o.count(), upAtSetup, o.count() - upAtSetup, setupSeconds,
                        setupSeconds > 0 ? upAtSetup / setupSeconds : 0, setupCpu, upAtSetup / Math.max(1e-9, setupCpu),
                        heap, (double) heap / Math.max(1, upAtSetup),
                        Runtime.getRuntime().maxMemory(), o.holdSeconds(), restCpu, lost,
                        server.isEpoll() ? "epoll" : "nio", clientsLine);
            } finally {
                clients.destroy();
            }
        }
    }

    private static Process startClients(InetSocketAddress pce, Options o) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                EmulatedPccs.class.getName(), pce.getHostString(), String.valueOf(pce.getPort()),
                String.valueOf(o.count()), String.valueOf(o.keepalive()), String.valueOf(o.window())));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Fails early, with the fix, when this process cannot hold one descriptor per session. */
    static void checkFileDescriptors(int count) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
            long max = unix.getMaxFileDescriptorCount();
            long open = unix.getOpenFileDescriptorCount();
            if (open + count + FD_HEADROOM > max) {
                throw new IllegalStateException("the PCE needs one file descriptor per session: " + count + " sessions + "
                        + open + " open + " + FD_HEADROOM + " headroom > the limit of " + max
                        + "; raise it ('ulimit -n " + (count + open + FD_HEADROOM) + "', which needs the hard limit"
                        + " 'ulimit -Hn' at least that high) or lower --count to " + Math.max(0, max - open - FD_HEADROOM));
            }
        }
    }

    /** {@code --count N --hold S --keepalive S --window N}; prints the result as one line. */
    public static void main(String[] args) throws Exception {
        int count = 20_000;
        int hold = 30;
        int keepalive = 30;
        int window = 1_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            int v = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--count" -> count = v;
                case "--hold" -> hold = v;
                case "--keepalive" -> keepalive = v;
                case "--window" -> window = v;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.println(run(new Options(count, hold, keepalive, window), System.err));
    }
}
