package org.pathwise.cli.topology;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pathwise topology}: inspect, convert and generate topologies. */
@Command(name = "topology", mixinStandardHelpOptions = true,
        description = "Inspect, convert and generate topologies (Pathwise JSON/YAML, SNDlib, Topology Zoo GML/GraphML, Net2Plan).",
        subcommands = {TopologyInfoCommand.class, TopologyConvertCommand.class, TopologyGenerateCommand.class})
public final class TopologyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
