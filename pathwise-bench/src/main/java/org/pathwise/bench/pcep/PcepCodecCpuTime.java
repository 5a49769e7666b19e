package org.pathwise.bench.pcep;

import java.lang.management.ManagementFactory;
import java.util.function.IntSupplier;

/**
 * The codec benchmark's operations timed by the thread's CPU time instead of the wall clock: on a
 * shared machine, where JMH's throughput mostly measures how much of a core the scheduler granted,
 * nanoseconds of CPU per operation still approximate the per-core cost the targets of issue 2 are
 * about. A complement to {@link PcepCodecBenchmark}, not a replacement (no forks, no JMH
 * safeguards). Prints ns of CPU per op, the implied ops per CPU-second and bytes allocated per op.
 * Run (after {@code ./pathwise build}):
 * {@code java -cp 'pathwise-bench/target/classes:pathwise-bench/target/lib/*' org.pathwise.bench.pcep.PcepCodecCpuTime [ops]}.
 */
public final class PcepCodecCpuTime {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Where decoded messages go, so the JIT cannot drop the work that built them. */
    static Object sink;

    private PcepCodecCpuTime() {}

    public static void main(String[] args) {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 3_000_000;
        System.out.printf("%-14s %12s %14s %10s%n", "benchmark", "ns cpu/op", "ops/cpu-s", "B/op");
        for (String message : new String[] {"pcReq", "pcRpt", "pcRep"}) {
            PcepCodecBenchmark b = new PcepCodecBenchmark();
            b.message = message;
            b.setup();
            run("decode " + message, ops, () -> {
                sink = b.decode();
                return 1;
            });
            run("encode " + message, ops, b::encode);
        }
    }

    private static void run(String name, int ops, IntSupplier op) {
        int sink = 0;
        for (int i = 0; i < ops / 2; i++) { // warm-up: let C2 compile the path
            sink += op.getAsInt();
        }
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < ops; i++) {
            sink += op.getAsInt();
        }
        double nsPerOp = (THREADS.getCurrentThreadCpuTime() - cpu) / (double) ops;
        double bytesPerOp = (THREADS.getCurrentThreadAllocatedBytes() - bytes) / (double) ops;
        System.out.printf("%-14s %12.0f %,14.0f %10.0f%s%n", name, nsPerOp, 1e9 / nsPerOp, bytesPerOp,
                sink == 42 ? " " : "");
    }
}
