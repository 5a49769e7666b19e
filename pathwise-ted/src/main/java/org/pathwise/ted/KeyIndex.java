package org.pathwise.ted;

import java.util.Arrays;

/**
 * Keys (node and link ids, addresses) to dense ints (node or link indices): open addressing with
 * linear probing. It replaces a {@code HashMap<K, Integer>} because at 200,000 links the boxed map's per-entry nodes and
 * Integers dominated a rebuild; here an entry is a slot in three flat arrays, and the next
 * version's index is usually a copy of this one with its values renumbered ({@link #remapped}),
 * a sequential pass instead of 200,000 random inserts.
 *
 * <p>Mutable while a builder fills it; a snapshot's index is never written after it is published.
 */
final class KeyIndex<K> {

    private static final int MIN_CAPACITY = 16;

    private Object[] keys;
    private int[] hashes;
    private int[] values;
    private int size;

    KeyIndex(int expected) {
        allocate(capacityFor(expected));
    }

    private KeyIndex(Object[] keys, int[] hashes, int[] values, int size) {
        this.keys = keys;
        this.hashes = hashes;
        this.values = values;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** The value for {@code key}, -1 if absent. */
    int get(K key) {
        int h = hash(key);
        int mask = keys.length - 1;
        for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && keys[i].equals(key)) {
                return values[i];
            }
        }
        return -1;
    }

    /** Maps {@code key} to {@code value} unless present; returns the existing value, or -1 when added. */
    int putIfAbsent(K key, int value) {
        if (size + 1 > keys.length / 2) {
            rehash(keys.length * 2);
        }
        int h = hash(key);
        int mask = keys.length - 1;
        int i = h & mask;
        for (; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && keys[i].equals(key)) {
                return values[i];
            }
        }
        keys[i] = key;
        hashes[i] = h;
        values[i] = value;
        size++;
        return -1;
    }

    /** Removes {@code key}; returns its value, -1 if it was absent. */
    int remove(K key) {
        int h = hash(key);
        int mask = keys.length - 1;
        int i = h & mask;
        while (keys[i] != null && !(hashes[i] == h && keys[i].equals(key))) {
            i = (i + 1) & mask;
        }
        if (keys[i] == null) {
            return -1;
        }
        int removed = values[i];
        deleteAt(i);
        return removed;
    }

    /** A copy with every value {@code v} replaced by {@code renumber[v]}; entries renumbered to -1 are dropped. */
    KeyIndex<K> remapped(int[] renumber) {
        KeyIndex<K> copy = new KeyIndex<>(keys.clone(), hashes.clone(), values.clone(), size);
        int[] v = copy.values;
        for (int i = 0; i < v.length; i++) {
            if (copy.keys[i] != null) {
                v[i] = renumber[v[i]];
            }
        }
        // A deletion may shift a later entry into slot i, so look at slot i again before moving on.
        for (int i = 0; i < v.length; ) {
            if (copy.keys[i] != null && v[i] < 0) {
                copy.deleteAt(i);
            } else {
                i++;
            }
        }
        return copy;
    }

    KeyIndex<K> copy() {
        return new KeyIndex<>(keys.clone(), hashes.clone(), values.clone(), size);
    }

    /** Backward-shift deletion: keeps every remaining key reachable from its home slot without tombstones. */
    private void deleteAt(int hole) {
        int mask = keys.length - 1;
        int i = hole;
        while (true) {
            i = (i + 1) & mask;
            if (keys[i] == null) {
                break;
            }
            int home = hashes[i] & mask;
            // Move entry i into the hole unless its home lies cyclically in (hole, i].
            boolean homeAfterHole = hole <= i ? (home > hole && home <= i) : (home > hole || home <= i);
            if (!homeAfterHole) {
                keys[hole] = keys[i];
                hashes[hole] = hashes[i];
                values[hole] = values[i];
                hole = i;
            }
        }
        keys[hole] = null;
        size--;
    }

    private void rehash(int capacity) {
        Object[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        allocate(capacity);
        int mask = capacity - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = oldHashes[j] & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                values[i] = oldValues[j];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new Object[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
    }

    private static int capacityFor(int expected) {
        int c = MIN_CAPACITY;
        while (c / 2 < expected) {
            c <<= 1;
        }
        return c;
    }

    /** Ids like "L1234" and consecutive addresses hash to nearby values; a multiplicative mix spreads them. */
    private static int hash(Object key) {
        int h = key.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
