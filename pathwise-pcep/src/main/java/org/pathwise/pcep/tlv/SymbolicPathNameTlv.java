package org.pathwise.pcep.tlv;

import org.pathwise.pcep.types.Bytes;

/** SYMBOLIC-PATH-NAME (type 17; RFC 8231 §7.3.2): the LSP's name, bytes as sent (usually ASCII). */
public record SymbolicPathNameTlv(Bytes name) implements Tlv {
    public static SymbolicPathNameTlv of(String name) {
        return new SymbolicPathNameTlv(Bytes.ofUtf8(name));
    }

    public String text() {
        return name.utf8();
    }
}
