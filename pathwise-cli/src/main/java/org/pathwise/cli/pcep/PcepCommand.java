package org.pathwise.cli.pcep;

import picocli.CommandLine.Command;

/** {@code pathwise pcep}: operator tools for PCEP bytes. */
@Command(name = "pcep", description = "Decode PCEP wire bytes to JSON and encode JSON back to bytes.",
        mixinStandardHelpOptions = true,
        subcommands = {PcepDecodeCommand.class, PcepEncodeCommand.class})
public final class PcepCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
