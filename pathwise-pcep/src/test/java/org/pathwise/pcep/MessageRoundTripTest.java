package org.pathwise.pcep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathwise.pcep.json.PcepJson;
import org.pathwise.pcep.message.Message;

/** Every message type: model → bytes → same model → same bytes, and through JSON and back. */
class MessageRoundTripTest {
    static final PcepJson JSON = new PcepJson(CodecAssertions.CODEC);

    static Stream<Arguments> messages() {
        return MessageCorpus.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void roundTrips(String name, Message message) {
        byte[] wire = CodecAssertions.CODEC.encode(message);
        CodecAssertions.roundTrip(wire, message);
        assertThat(JSON.fromJson(JSON.toJson(message))).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void jsonTextRoundTrips(String name, Message message) throws Exception {
        String text = JSON.mapper().writeValueAsString(JSON.toJson(message));
        assertThat(JSON.fromJson(JSON.mapper().readTree(text))).isEqualTo(message);
    }

    @org.junit.jupiter.api.Test
    void everyMessageTypeIsInTheCorpus() {
        Map<String, Message> all = MessageCorpus.all();
        assertThat(all).hasSize(13);
    }
}
