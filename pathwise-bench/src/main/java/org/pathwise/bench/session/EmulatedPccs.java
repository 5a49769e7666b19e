package org.pathwise.bench.session;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The client process of the session benchmark: {@code count} PCCs, each from its own 127.x.y.z,
 * connecting to {@code host:port} with at most {@code window} connections negotiating at once.
 * Prints one line when all are Up (or failed), then holds the sessions until its stdin closes.
 * A separate process so that the PCE's file descriptors, heap and CPU are measured alone.
 *
 * <p>{@code java -cp pathwise.jar org.pathwise.bench.session.EmulatedPccs HOST PORT COUNT KEEPALIVE WINDOW}
 */
public final class EmulatedPccs {
    private EmulatedPccs() {}

    public static void main(String[] args) throws Exception {
        InetSocketAddress pce = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
        int count = Integer.parseInt(args[2]);
        int keepalive = Integer.parseInt(args[3]);
        int window = Integer.parseInt(args[4]);
        boolean epoll = Epoll.isAvailable();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        EmulatedPcc pcc = new EmulatedPcc(keepalive);
        Bootstrap b = new Bootstrap().group(group).channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(65535, 2, 2, -4, 0), pcc);
                    }
                });
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            while (i - pcc.up.get() - pcc.refused.get() - failed.get() >= window) {
                LockSupport.parkNanos(200_000); // the event loops need both cores more than we do
            }
            b.connect(pce, LoopbackSources.of(i)).addListener(f -> {
                if (!f.isSuccess()) {
                    failed.incrementAndGet();
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (pcc.up.get() + pcc.refused.get() + failed.get() < count && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        long elapsed = System.nanoTime() - start;
        System.out.printf("clients up=%d refused=%d failed=%d seconds=%.3f cpu-seconds=%.1f%n", pcc.up.get(),
                pcc.refused.get(), failed.get(),
                elapsed / 1e9, cpuSeconds());
        System.out.flush();
        try {
            while (System.in.read() >= 0) {
                // hold until the parent closes our stdin
            }
        } catch (IOException e) {
            // parent gone
        }
        System.out.printf("clients down=%d%n", pcc.down.get());
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }
}
