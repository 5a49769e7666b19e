package org.pathwise.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pathwise} command: one verb per job, each a subcommand class of its own. */
@Command(
        name = "pathwise",
        mixinStandardHelpOptions = true,
        versionProvider = PathwiseCommand.Version.class,
        description = "Pathwise: a Path Computation Element (PCEP, RFC 5440) for MPLS, GMPLS and Segment Routing.",
        subcommands = {
            org.pathwise.cli.emulate.DemoCommand.class,
            org.pathwise.cli.session.ServeCommand.class,
            org.pathwise.cli.path.PathCommand.class,
            org.pathwise.cli.topology.TopologyCommand.class,
            org.pathwise.cli.emulate.PccCommand.class,
            org.pathwise.cli.pcep.PcepCommand.class,
            org.pathwise.cli.bench.BenchCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class PathwiseCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The command line as the launcher runs it; tests call this too, to run verbs in-process. */
    public static CommandLine newCommandLine() {
        return new CommandLine(new PathwiseCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PathwiseCommand.class.getPackage().getImplementationVersion();
            return new String[] {"pathwise " + (v == null ? "development build" : v)};
        }
    }
}
