package org.pathwise.cli.pathext;

import java.util.Map;
import java.util.concurrent.Callable;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyException;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * Shared body of the extension verbs: load the topology, compute, print JSON. Exit status 0 with
 * an answer, 1 for "no path" (JSON on standard output either way), 2 for unusable input.
 */
abstract class ExtensionVerb implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConstraintOptions constraints;

    /** The answer as JSON; its "result" is "no-path" when there is none. */
    abstract Map<String, Object> compute(TeSnapshot snapshot);

    @Override
    public Integer call() throws Exception {
        Map<String, Object> answer;
        try {
            answer = compute(constraints.load());
        } catch (TopologyException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("pathwise: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        ResultJson.print(spec.commandLine().getOut(), answer);
        return "no-path".equals(answer.get("result")) ? ResultJson.NO_PATH : 0;
    }
}
