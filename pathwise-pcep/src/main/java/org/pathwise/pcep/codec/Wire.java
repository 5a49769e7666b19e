package org.pathwise.pcep.codec;

import io.netty.buffer.ByteBuf;
import org.pathwise.pcep.types.IpAddress;
import org.pathwise.pcep.types.Ipv4Address;
import org.pathwise.pcep.types.Ipv6Address;

/** Reading and writing the field types that recur across PCEP objects. */
public final class Wire {
    private Wire() {}

    public static Ipv4Address readIpv4(ByteBuf in) {
        return new Ipv4Address(in.readInt());
    }

    public static Ipv6Address readIpv6(ByteBuf in) {
        return new Ipv6Address(in.readLong(), in.readLong());
    }

    public static void writeIpv4(ByteBuf out, Ipv4Address a) {
        out.writeInt(a.bits());
    }

    public static void writeIpv6(ByteBuf out, Ipv6Address a) {
        out.writeLong(a.high());
        out.writeLong(a.low());
    }

    public static void writeIp(ByteBuf out, IpAddress a) {
        switch (a) {
            case Ipv4Address v4 -> writeIpv4(out, v4);
            case Ipv6Address v6 -> writeIpv6(out, v6);
        }
    }

    /** Zero bytes up to the next multiple of 4 counted from {@code start}. */
    public static void pad4(ByteBuf out, int start) {
        int len = out.writerIndex() - start;
        int pad = -len & 3;
        if (pad > 0) {
            out.writeZero(pad);
        }
    }

    public static boolean bit(int flags, int mask) {
        return (flags & mask) != 0;
    }

    public static int flag(boolean set, int mask) {
        return set ? mask : 0;
    }
}
