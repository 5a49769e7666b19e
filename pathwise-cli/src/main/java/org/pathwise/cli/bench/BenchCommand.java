package org.pathwise.cli.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pathwise bench …}: end-to-end benchmarks (JMH micro-benchmarks run with {@code ./pathwise jmh}). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "End-to-end benchmarks; results as JSON on stdout, progress on stderr.",
        subcommands = {BenchSessionsCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
