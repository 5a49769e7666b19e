package org.pathwise.pcep;

import java.util.HexFormat;

/** Test bytes written as hex fragments, one fragment per field so each can carry a comment. */
public final class Hex {
    private Hex() {}

    public static byte[] bytes(String... fragments) {
        return HexFormat.of().parseHex(String.join("", fragments).replaceAll("\\s", ""));
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
