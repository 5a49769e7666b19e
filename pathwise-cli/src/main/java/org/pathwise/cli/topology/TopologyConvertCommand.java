package org.pathwise.cli.topology;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.generate.SyntheticAddressing;
import org.pathwise.ted.io.TopologyDocument;
import org.pathwise.ted.io.TopologyFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pathwise topology convert IN OUT}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert any supported topology file to Pathwise JSON or YAML (chosen by OUT's extension). "
                + "The source's name and attribution are kept.")
final class TopologyConvertCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "Topology to read (.json, .yaml, .txt SNDlib, .gml, .graphml, .n2p)")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "File to write: .json, .yaml or .yml")
    Path out;

    @Option(names = "--add-addressing",
            description = "Add what map data lacks for running a PCE: router IDs (10.0.0.x), /31 link addresses (100.64/10), "
                    + "SR-MPLS SRGB 16000/8000 with node SID index = node index, and adjacency SIDs. Existing values are kept.")
    boolean addAddressing;

    @Override
    public Integer call() {
        try {
            TopologyDocument doc = TopologyFiles.read(in);
            if (addAddressing) {
                String note = "Router IDs, link addresses and SR SIDs are synthetic (pathwise topology convert --add-addressing).";
                String description = doc.description() == null ? note
                        : doc.description() + (doc.description().endsWith(".") ? " " : ". ") + note;
                doc = new TopologyDocument(SyntheticAddressing.apply(doc.snapshot()), doc.name(), description, doc.attribution());
            }
            TopologyFiles.write(doc, out);
            spec.commandLine().getOut().printf("wrote %s: %d nodes, %d links%n", out, doc.snapshot().nodeCount(),
                    doc.snapshot().linkCount());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (TopologyException e) {
            spec.commandLine().getErr().println("pathwise: " + e.getMessage());
            return 1;
        }
    }
}
