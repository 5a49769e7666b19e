package org.pathwise.cli.emulate;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pathwise pcc …}: act as one or many PCCs against a PCE. */
@Command(name = "pcc", mixinStandardHelpOptions = true,
        description = "Act as PCCs: emulate many against a PCE, or ask one path.",
        subcommands = {EmulateCommand.class, RequestCommand.class, org.pathwise.cli.session.PccSessionCommand.class})
public final class PccCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }
}
