package org.pathwise.pcep;

import org.pathwise.pcep.message.Message;

/** What decoding one message gives: the message, or a typed error. Never null. */
public sealed interface DecodeResult {

    record Decoded(Message message) implements DecodeResult {}

    record Failed(DecodeError error) implements DecodeResult {}
}
