package org.pathwise.server.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pathwise.compute.MetricKind;

/**
 * Reads the YAML configuration file (docs/server.md, "Configuration") onto a
 * {@link ServerConfig.Builder}. Every key is known: a misspelt key is an error naming the file, the
 * line and the keys that section does accept; a value of the wrong kind names file, line and key.
 */
public final class ConfigFile {
    /** Every section and its keys, in documentation order. */
    static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("listen", List.of("address", "port"));
        KEYS.put("topology", List.of("file", "watch", "pollMillis"));
        KEYS.put("queue", List.of("capacity", "lowWater", "maxWaitMillis"));
        KEYS.put("workers", List.of());
        KEYS.put("ioThreads", List.of());
        KEYS.put("overload", List.of("durationSeconds"));
        KEYS.put("timers", List.of("keepalive", "deadTimer", "minKeepalive", "maxKeepalive", "minDeadTimer",
                "maxDeadTimer"));
        KEYS.put("limits", List.of("maxPendingPerSession", "maxUnknownMessagesPerMinute"));
        KEYS.put("compute", List.of("defaultMetric", "maxLabels"));
        KEYS.put("reply", List.of("unsatisfiedConstraints"));
        KEYS.put("sr", List.of("defaultMsd", "candidatePaths"));
        // Read by pathwise-session's SecurityConfigReader (docs/security.md), which checks its keys.
        KEYS.put("session", List.of());
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper(new YAMLFactory());

    private final String fileName;
    private final Path baseDir;

    private ConfigFile(String fileName, Path baseDir) {
        this.fileName = fileName;
        this.baseDir = baseDir;
    }

    /**
     * The configuration of {@code file} over the defaults; a value that breaks a rule across keys
     * (e.g. lowWater not below capacity) is reported with the file name too.
     */
    public static ServerConfig load(Path file) {
        ServerConfig.Builder b = read(file, ServerConfig.builder());
        try {
            return b.build();
        } catch (ConfigException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    /** Applies {@code file} over {@code into}; a relative topology path is relative to the file. */
    public static ServerConfig.Builder read(Path file, ServerConfig.Builder into) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(new StringReader(text), file.toString(), dir, into);
    }

    public static ServerConfig.Builder parse(Reader yaml, String fileName, Path baseDir, ServerConfig.Builder into) {
        ConfigFile reader = new ConfigFile(fileName, baseDir);
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return into;
            }
            if (first != JsonToken.START_OBJECT) {
                throw reader.error(p.currentTokenLocation(), "the configuration must be a mapping of sections "
                        + "(listen:, topology:, queue:, …)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation at = p.currentTokenLocation();
                String section = p.currentName();
                if (!KEYS.containsKey(section)) {
                    throw reader.error(at, "unknown key '" + section + "'; the sections are " + String.join(", ", KEYS.keySet()));
                }
                p.nextToken();
                if (KEYS.get(section).isEmpty()) {
                    reader.apply(section, p, at, into);
                    continue;
                }
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw reader.error(at, "'" + section + "' must be a mapping with keys " + String.join(", ", KEYS.get(section)));
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = p.currentTokenLocation();
                    String key = p.currentName();
                    if (!KEYS.get(section).contains(key)) {
                        throw reader.error(keyAt, "unknown key '" + section + "." + key + "'; '" + section
                                + "' accepts " + String.join(", ", KEYS.get(section)));
                    }
                    p.nextToken();
                    reader.apply(section + "." + key, p, keyAt, into);
                }
            }
        } catch (IOException e) {
            throw new ConfigException(fileName + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        return into;
    }

    private void apply(String key, JsonParser p, JsonLocation at, ServerConfig.Builder b) throws IOException {
        switch (key) {
            case "listen.address" -> b.listenAddress = text(key, p, at);
            case "listen.port" -> b.port = (int) integer(key, p, at, 0, 65535);
            case "topology.file" -> {
                Path f = Path.of(text(key, p, at));
                b.topology = f.isAbsolute() || baseDir == null ? f : baseDir.resolve(f);
            }
            case "topology.watch" -> b.watchTopology = bool(key, p, at);
            case "topology.pollMillis" -> b.topologyPollMillis = integer(key, p, at, 10, Long.MAX_VALUE);
            case "queue.capacity" -> b.queueCapacity = (int) integer(key, p, at, 1, Integer.MAX_VALUE);
            case "queue.lowWater" -> b.queueLowWater = (int) integer(key, p, at, 0, Integer.MAX_VALUE);
            case "queue.maxWaitMillis" -> b.maxQueueWaitMillis = integer(key, p, at, 0, Long.MAX_VALUE);
            case "workers" -> b.workers = (int) integer(key, p, at, 0, 4096);
            case "ioThreads" -> b.ioThreads = (int) integer(key, p, at, 0, 1024);
            case "overload.durationSeconds" -> b.overloadedDurationSeconds = integer(key, p, at, 0, 0xFFFF_FFFFL);
            case "timers.keepalive" -> b.keepaliveSeconds = (int) integer(key, p, at, 0, 255);
            case "timers.deadTimer" -> b.deadTimerSeconds = (int) integer(key, p, at, 0, 255);
            case "timers.minKeepalive" -> b.minKeepaliveSeconds = (int) integer(key, p, at, 1, 255);
            case "timers.maxKeepalive" -> b.maxKeepaliveSeconds = (int) integer(key, p, at, 1, 255);
            case "timers.minDeadTimer" -> b.minDeadTimerSeconds = (int) integer(key, p, at, 1, 255);
            case "timers.maxDeadTimer" -> b.maxDeadTimerSeconds = (int) integer(key, p, at, 1, 255);
            case "limits.maxPendingPerSession" -> b.maxPendingPerSession = (int) integer(key, p, at, 1, Integer.MAX_VALUE);
            case "limits.maxUnknownMessagesPerMinute" ->
                    b.maxUnknownMessagesPerMinute = (int) integer(key, p, at, 1, Integer.MAX_VALUE);
            case "compute.defaultMetric" -> b.defaultMetric = metric(key, p, at);
            case "compute.maxLabels" -> b.maxLabels = (int) integer(key, p, at, 1, Integer.MAX_VALUE);
            case "reply.unsatisfiedConstraints" -> b.reportUnsatisfiedConstraints = bool(key, p, at);
            case "sr.defaultMsd" -> b.defaultMsd = (int) integer(key, p, at, 1, 255);
            case "sr.candidatePaths" -> b.srCandidatePaths = (int) integer(key, p, at, 1, 1000);
            case "session" -> {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw error(at, "'session' must be a mapping (peers:, tls:, limits:; see docs/security.md)");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> values = MAPPER.readValue(p, Map.class);
                b.session = new ServerConfig.SessionSection(values, fileName);
            }
            default -> throw new IllegalStateException("key listed but not applied: " + key);
        }
    }

    private String text(String key, JsonParser p, JsonLocation at) throws IOException {
        if (!p.currentToken().isScalarValue() || p.currentToken() == JsonToken.VALUE_NULL) {
            throw error(at, "'" + key + "' must be a single value");
        }
        return p.getText();
    }

    private long integer(String key, JsonParser p, JsonLocation at, long min, long max) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw error(at, "'" + key + "' must be a whole number, got '" + p.getText() + "'");
        }
        long v = p.getLongValue();
        if (v < min || v > max) {
            throw error(at, "'" + key + "' must be " + min + ".." + (max == Long.MAX_VALUE ? "" : max) + ", got " + v);
        }
        return v;
    }

    private boolean bool(String key, JsonParser p, JsonLocation at) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_TRUE && p.currentToken() != JsonToken.VALUE_FALSE) {
            throw error(at, "'" + key + "' must be true or false, got '" + p.getText() + "'");
        }
        return p.getBooleanValue();
    }

    private MetricKind metric(String key, JsonParser p, JsonLocation at) throws IOException {
        String v = text(key, p, at).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "igp" -> MetricKind.IGP;
            case "te" -> MetricKind.TE;
            case "hops", "hop-count" -> MetricKind.HOPS;
            case "delay" -> MetricKind.DELAY;
            default -> throw error(at, "'" + key + "' must be one of igp, te, hops, delay; got '" + v + "'");
        };
    }

    private ConfigException error(JsonLocation at, String problem) {
        return new ConfigException(fileName + ":" + at.getLineNr() + ": " + problem);
    }
}
