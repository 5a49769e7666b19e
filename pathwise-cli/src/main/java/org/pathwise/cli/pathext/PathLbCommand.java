package org.pathwise.cli.pathext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathwise.compute.PathRequest;
import org.pathwise.compute.loadbalance.LoadBalanceRequest;
import org.pathwise.compute.loadbalance.LoadBalanceResult;
import org.pathwise.compute.loadbalance.LoadBalancer;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.io.Bandwidth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pathwise path-lb TOPOLOGY --from A --to B --bandwidth 40G --load-balance N --min-bandwidth 5G}. */
@Command(name = "path-lb", mixinStandardHelpOptions = true,
        description = "Split --bandwidth over at most N paths of at least --min-bandwidth each (RFC 5440 LOAD-BALANCING), "
                + "fewest paths first, then lowest bandwidth-weighted cost.")
public final class PathLbCommand extends ExtensionVerb {

    @Option(names = "--from", required = true, paramLabel = "NODE", description = "Source node id")
    String from;

    @Option(names = "--to", required = true, paramLabel = "NODE", description = "Destination node id")
    String to;

    @Option(names = "--load-balance", required = true, paramLabel = "N", description = "At most N paths (Max-LSP)")
    int maxPaths;

    @Option(names = "--min-bandwidth", defaultValue = "0", paramLabel = "BW",
            description = "Each path reserves at least BW, bits/s as in 1G (Min-Bandwidth; default 0)")
    String minBandwidth;

    @Override
    Map<String, Object> compute(TeSnapshot s) {
        PathRequest demand = constraints.request(from, to).build();
        LoadBalanceResult r = new LoadBalancer().compute(s,
                new LoadBalanceRequest(demand, maxPaths, Bandwidth.parse(minBandwidth)));
        return switch (r) {
            case LoadBalanceResult.Failed f -> ResultJson.noPath(f.noPath());
            case LoadBalanceResult.Split split -> {
                List<Map<String, Object>> shares = new ArrayList<>();
                for (LoadBalanceResult.Share share : split.shares()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("bandwidth", share.bandwidth());
                    m.put("bandwidthText", Bandwidth.format(share.bandwidth()));
                    m.put("path", ResultJson.path(s, share.path()));
                    shares.add(m);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("result", "split");
                m.put("totalBandwidth", split.totalBandwidth());
                m.put("shares", shares);
                yield m;
            }
        };
    }
}
