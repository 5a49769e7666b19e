package org.pathwise.bench.pcep;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pathwise.pcep.DecodeResult;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.message.Message;

/**
 * Codec throughput, one thread: decode and encode of the three messages of issue 2.
 * Run: {@code ./pathwise jmh PcepCodecBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PcepCodecBenchmark {

    @Param({"pcReq", "pcRpt", "pcRep"})
    public String message;

    private final PcepCodec codec = PcepCodec.standard();
    private Message model;
    private ByteBuf wire;
    private ByteBuf out;

    @Setup
    public void setup() {
        model = switch (message) {
            case "pcReq" -> BenchMessages.pcReq();
            case "pcRpt" -> BenchMessages.pcRpt();
            case "pcRep" -> BenchMessages.pcRep();
            default -> throw new IllegalArgumentException(message);
        };
        wire = Unpooled.wrappedBuffer(codec.encode(model));
        out = Unpooled.buffer(1024);
        if (!(codec.decode(wire.duplicate()) instanceof DecodeResult.Decoded d) || !d.message().equals(model)) {
            throw new IllegalStateException("benchmark message does not round-trip: " + message);
        }
    }

    @Benchmark
    public DecodeResult decode() {
        wire.readerIndex(0);
        return codec.decode(wire);
    }

    @Benchmark
    public int encode() {
        out.clear();
        codec.encode(model, out);
        return out.writerIndex();
    }
}
