package org.pathwise.pcep.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathwise.pcep.PcepCodec;
import org.pathwise.pcep.object.Ero;
import org.pathwise.pcep.object.ObjectFlags;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.UnknownObject;
import org.pathwise.pcep.types.Bytes;

/** The encoder's record-type → codec table: every registered type found, anything else null. */
class TypeTableTest {

    @Test
    void findsEveryEntryOfATableFullOfCollisionCandidates() {
        // Many keys in a small table force probing past occupied slots.
        List<Class<?>> types = List.of(String.class, Integer.class, Long.class, Short.class, Byte.class,
                Double.class, Float.class, Character.class, Boolean.class, Object.class, Number.class,
                CharSequence.class, Runnable.class, Thread.class, List.class, Map.class, Test.class);
        Map<Class<?>, String> entries = new LinkedHashMap<>();
        types.forEach(t -> entries.put(t, t.getSimpleName()));
        TypeTable<String> table = new TypeTable<>(entries);
        for (Class<?> t : types) {
            assertThat(table.get(t)).isEqualTo(t.getSimpleName());
        }
        assertThat(table.get(StringBuilder.class)).isNull();
        assertThat(table.get(int.class)).isNull();
    }

    @Test
    void emptyTableFindsNothing() {
        assertThat(new TypeTable<String>(Map.of()).get(String.class)).isNull();
    }

    @Test
    void standardRegistryFindsCodecsByRecordTypeAndNotSubtypesOrUnknowns() {
        CodecRegistry registry = PcepCodec.standard().registry();
        PcepObject ero = new Ero(ObjectFlags.NONE, List.of());
        assertThat(registry.objectCodec(ero)).isNotNull();
        assertThat(registry.objectCodec(ero).name()).isEqualTo("ERO");
        PcepObject unknown = new UnknownObject(ObjectFlags.NONE, 200, 1, Bytes.EMPTY);
        assertThat(registry.objectCodec(unknown)).isNull();
    }
}
