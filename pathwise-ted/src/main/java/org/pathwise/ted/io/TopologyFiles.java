package org.pathwise.ted.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.pathwise.ted.TeSnapshot;
import org.pathwise.ted.TopologyException;
import org.pathwise.ted.io.json.PathwiseReader;
import org.pathwise.ted.io.json.PathwiseWriter;
import org.pathwise.ted.io.net2plan.Net2PlanReader;
import org.pathwise.ted.io.sndlib.SndlibReader;
import org.pathwise.ted.io.zoo.ZooReader;

/**
 * The one door for topology files. {@link #load} picks the importer by extension (.json, .yaml/.yml,
 * .txt = SNDlib native, .gml, .graphml, .n2p), or by content when the extension says nothing; every
 * problem is a {@link TopologyException} whose message starts with {@code file:line[:column]}.
 * {@link #write} writes Pathwise's own format, JSON or YAML by the target's extension.
 */
public final class TopologyFiles {

    /** Classpath folder of the topologies shipped in the jar. */
    private static final String BUNDLED = "/topologies/";
    /** Names of the bundled topologies, for {@link #bundled(String)}. */
    public static final List<String> BUNDLED_NAMES = List.of("geant2009");

    private TopologyFiles() {
    }

    public static TeSnapshot load(Path file) {
        return read(file, ImportOptions.defaults()).snapshot();
    }

    public static TeSnapshot load(Path file, ImportOptions options) {
        return read(file, options).snapshot();
    }

    /** Like {@link #load} but keeps the file's name, description and attribution. */
    public static TopologyDocument read(Path file) {
        return read(file, ImportOptions.defaults());
    }

    public static TopologyDocument read(Path file, ImportOptions options) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new TopologyException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            try {
                text = Files.readString(file, StandardCharsets.ISO_8859_1);
            } catch (IOException again) {
                throw new TopologyException(file + ": cannot read: " + again.getMessage(), again);
            }
        } catch (IOException e) {
            throw new TopologyException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, name, null, options);
    }

    /**
     * Parses topology text. {@code format} may be null: then the file name's extension decides, and
     * failing that the content.
     */
    public static TopologyDocument parse(String text, String fileName, TopologyFormat format, ImportOptions options) {
        TopologyFormat f = format != null ? format : TopologyFormat.byExtension(fileName);
        if (f == null) {
            f = TopologyFormat.byContent(text.substring(0, Math.min(text.length(), 4096)));
        }
        if (f == null) {
            throw new TopologyException(fileName + ": unknown topology format; use one of the extensions "
                    + TopologyFormat.supportedExtensions());
        }
        return switch (f) {
            case JSON -> PathwiseReader.readJson(text, fileName);
            case YAML -> PathwiseReader.readYaml(text, fileName);
            case SNDLIB -> SndlibReader.read(text, fileName, options);
            case GML -> ZooReader.readGml(text, fileName, options);
            case GRAPHML -> ZooReader.readGraphml(text, fileName, options);
            case NET2PLAN -> Net2PlanReader.read(text, fileName, options);
        };
    }

    /** Writes {@code snapshot} in Pathwise's format: JSON for .json, YAML for .yaml/.yml. */
    public static void write(TeSnapshot snapshot, Path file) {
        write(TopologyDocument.of(snapshot), file);
    }

    public static void write(TopologyDocument doc, Path file) {
        PathwiseWriter.Syntax syntax = writeSyntax(file.toString());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            PathwiseWriter.write(doc, out, syntax);
        } catch (IOException e) {
            throw new TopologyException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Writes to any writer; {@code yaml} chooses YAML over JSON. */
    public static void write(TopologyDocument doc, Writer out, boolean yaml) throws IOException {
        PathwiseWriter.write(doc, out, yaml ? PathwiseWriter.Syntax.YAML : PathwiseWriter.Syntax.JSON);
    }

    /** A topology shipped inside Pathwise (see {@link #BUNDLED_NAMES}), e.g. {@code bundled("geant2009")}. */
    public static TeSnapshot bundled(String name) {
        return readBundled(name).snapshot();
    }

    public static TopologyDocument readBundled(String name) {
        String resource = BUNDLED + name + ".json";
        try (InputStream in = TopologyFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new TopologyException("no bundled topology '" + name + "'; bundled: " + String.join(", ", BUNDLED_NAMES));
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".json", TopologyFormat.JSON,
                    ImportOptions.defaults());
        } catch (IOException e) {
            throw new TopologyException(resource + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static PathwiseWriter.Syntax writeSyntax(String fileName) {
        TopologyFormat f = TopologyFormat.byExtension(fileName);
        if (f == TopologyFormat.JSON) {
            return PathwiseWriter.Syntax.JSON;
        }
        if (f == TopologyFormat.YAML) {
            return PathwiseWriter.Syntax.YAML;
        }
        throw new TopologyException(fileName + ": Pathwise writes topologies as .json, .yaml or .yml; choose one of those");
    }
}
