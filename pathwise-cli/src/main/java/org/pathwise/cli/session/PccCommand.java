package org.pathwise.cli.session;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pathwise pcc}: Pathwise as a PCC (a router's side of PCEP). */
@Command(name = "pcc", mixinStandardHelpOptions = true, description = "Act as a PCC: open sessions to a PCE.",
        subcommands = {PccSessionCommand.class})
public final class PccCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
