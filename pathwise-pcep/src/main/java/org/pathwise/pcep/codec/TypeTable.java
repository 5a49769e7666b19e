package org.pathwise.pcep.codec;

import java.util.Map;

/**
 * The frozen record-type → codec map the encoder consults for every object, TLV and sub-object it
 * writes: open addressing on the Class's identity hash over flat arrays, so a lookup is a hash, an
 * array probe and a reference compare (a HashMap adds a hashCode call and a node per entry, and
 * was a quarter of encoding time).
 */
final class TypeTable<V> {
    private final Class<?>[] keys;
    private final Object[] values;
    private final int mask;

    TypeTable(Map<Class<?>, ? extends V> entries) {
        int size = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1; // load factor <= 1/4
        keys = new Class<?>[size];
        values = new Object[size];
        mask = size - 1;
        entries.forEach((type, value) -> {
            int i = slot(type);
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = type;
            values[i] = value;
        });
    }

    private int slot(Class<?> type) {
        int h = System.identityHashCode(type);
        return (h ^ (h >>> 16)) & mask;
    }

    /** The value registered for exactly this class, or null. */
    @SuppressWarnings("unchecked")
    V get(Class<?> type) {
        Class<?>[] k = keys;
        for (int i = slot(type); ; i = (i + 1) & mask) {
            Class<?> key = k[i];
            if (key == type) {
                return (V) values[i];
            }
            if (key == null) {
                return null;
            }
        }
    }
}
