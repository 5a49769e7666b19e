package org.pathwise.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code pathwise demo}: the README's first command. The end-to-end demo (a PCE on a bundled
 * Topology Zoo network, a few hundred emulated PCCs, the per-stage timing table) arrives with the
 * server and emulator; until then this says plainly what runs today.
 */
@Command(name = "demo", description = "Run the PCE and emulated PCCs on a bundled topology and show what happens.")
final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.println("""
                pathwise demo — not yet the full demo.

                When the PCE server and the PCC emulator land, this command will start the PCE on a
                bundled Topology Zoo network, drive it with a few hundred emulated PCCs for ~20 s
                and print sample paths and the per-stage timing table.

                What you can run today: ./pathwise --help lists the verbs that exist.""");
        return 0;
    }
}
