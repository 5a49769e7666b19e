package org.pathwise.pcc;

import org.pathwise.pcep.message.Message;
import org.pathwise.pcep.message.PcInitiate;
import org.pathwise.pcep.message.PcUpd;
import org.pathwise.session.PcepSession;
import org.pathwise.session.SessionDown;

/**
 * What a PCC hears from its PCE. Callbacks run on the session's event loop: return quickly, hand
 * real work (programming an LSP, answering with PCRpt) to another thread. Replies to PCReq do not
 * come here: they complete the futures returned by {@link PccClient#request}.
 */
public interface PccHandler {
    PccHandler NONE = new PccHandler() {};

    default void onUp(PcepSession session) {}

    /** PCUpd (RFC 8231 §6.2): the PCE updates a delegated LSP. */
    default void onUpdate(PcepSession session, PcUpd update) {}

    /** PCInitiate (RFC 8281 §5.1): the PCE creates or deletes an LSP. */
    default void onInitiate(PcepSession session, PcInitiate initiate) {}

    /** Any other message: PCNtf not about a request, PCErr not about a request, PCMonRep, … */
    default void onMessage(PcepSession session, Message message) {}

    /** The session went down (the client reconnects by itself until closed). */
    default void onDown(PcepSession session, SessionDown reason) {}
}
