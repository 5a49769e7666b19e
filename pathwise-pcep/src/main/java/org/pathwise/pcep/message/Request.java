package org.pathwise.pcep.message;

import java.util.List;
import java.util.Optional;
import org.pathwise.pcep.object.Bandwidth;
import org.pathwise.pcep.object.Iro;
import org.pathwise.pcep.object.Lsp;
import org.pathwise.pcep.object.Lspa;
import org.pathwise.pcep.object.Metric;
import org.pathwise.pcep.object.ObjectiveFunction;
import org.pathwise.pcep.object.PcepObject;
import org.pathwise.pcep.object.Rp;
import org.pathwise.pcep.object.Rro;
import org.pathwise.pcep.object.Xro;

/**
 * One {@code <request>} of a PCReq (RFC 5440 §6.4 with RFC 8231 §6.4's LSP):
 * {@code <RP> <END-POINTS> [<LSP>] [<LSPA>] [<BANDWIDTH>] [<metric-list>] [<OF>] [<RRO>[<BANDWIDTH>]]
 * [<IRO>] [<LOAD-BALANCING>] [<XRO>]}, objects kept in wire order. The first object is the RP; the
 * decoder guarantees an END-POINTS object.
 */
public record Request(List<PcepObject> objects) implements ObjectGroup {
    public Request {
        objects = List.copyOf(objects);
    }

    public static Request of(PcepObject... objects) {
        return new Request(List.of(objects));
    }

    public Rp rp() {
        return (Rp) objects.get(0);
    }

    /** The END-POINTS object, of whichever type. */
    public PcepObject endpoints() {
        for (int i = 1; i < objects.size(); i++) { // a loop, not a stream: the server calls this per request
            if (RequestGrammarSupport.isEndpoints(objects.get(i))) {
                return objects.get(i);
            }
        }
        throw new java.util.NoSuchElementException("a request without END-POINTS");
    }

    public Optional<Lsp> lsp() {
        return first(Lsp.class);
    }

    public Optional<Lspa> lspa() {
        return first(Lspa.class);
    }

    /** The requested bandwidth: the first BANDWIDTH (the one after an RRO is the existing LSP's). */
    public Optional<Bandwidth> bandwidth() {
        return first(Bandwidth.class);
    }

    public List<Metric> metrics() {
        return all(Metric.class);
    }

    public Optional<ObjectiveFunction> objectiveFunction() {
        return first(ObjectiveFunction.class);
    }

    public Optional<Rro> rro() {
        return first(Rro.class);
    }

    public Optional<Iro> iro() {
        return first(Iro.class);
    }

    public Optional<Xro> xro() {
        return first(Xro.class);
    }
}
