package org.pathwise.cli.pathext;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pathwise.compute.optical.RwaRequest;
import org.pathwise.compute.optical.RwaResult;
import org.pathwise.compute.optical.WavelengthPolicy;
import org.pathwise.compute.optical.WavelengthRouter;
import org.pathwise.ted.TeSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pathwise rwa TOPOLOGY --from A --to B [--policy first-fit|random|most-used] [--max-hops N]}. */
@Command(name = "rwa", mixinStandardHelpOptions = true,
        description = "Routing and wavelength assignment with wavelength continuity: a route over optical links and "
                + "one channel free on all of them, chosen first-fit, random (seeded) or most-used.")
public final class RwaCommand extends ExtensionVerb {

    @Option(names = "--from", required = true, paramLabel = "NODE", description = "Source node id")
    String from;

    @Option(names = "--to", required = true, paramLabel = "NODE", description = "Destination node id")
    String to;

    @Option(names = "--policy", defaultValue = "first-fit", paramLabel = "POLICY",
            description = "first-fit (default), random or most-used")
    String policy;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed of the random policy (default 0)")
    long seed;

    @Override
    Map<String, Object> compute(TeSnapshot s) {
        WavelengthPolicy p = switch (policy.toLowerCase(java.util.Locale.ROOT)) {
            case "first-fit" -> WavelengthPolicy.FIRST_FIT;
            case "random" -> WavelengthPolicy.RANDOM;
            case "most-used" -> WavelengthPolicy.MOST_USED;
            default -> throw new IllegalArgumentException("--policy must be first-fit, random or most-used, not '" + policy + "'");
        };
        RwaResult r = new WavelengthRouter().compute(s, new RwaRequest(constraints.request(from, to).build(), p, seed));
        return switch (r) {
            case RwaResult.Failed f -> ResultJson.noPath(f.noPath());
            case RwaResult.Assigned a -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("result", "lightpath");
                m.put("channel", a.channel());
                m.put("path", ResultJson.path(s, a.path()));
                yield m;
            }
        };
    }
}
