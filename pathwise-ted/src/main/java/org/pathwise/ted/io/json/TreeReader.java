package org.pathwise.ted.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.pathwise.ted.TopologyException;

/** Reads JSON or YAML into a {@link Tree}, rejecting duplicate keys and syntax errors with file:line:column. */
final class TreeReader {

    private final JsonFactory factory;
    private final String fileName;

    TreeReader(JsonFactory factory, String fileName) {
        this.factory = factory;
        this.fileName = fileName;
    }

    static Tree readJson(Reader in, String fileName) {
        return new TreeReader(new JsonFactory(), fileName).read(in);
    }

    static Tree readYaml(Reader in, String fileName) {
        return new TreeReader(new YAMLFactory(), fileName).read(in);
    }

    Tree read(Reader in) {
        try (JsonParser p = factory.createParser(in)) {
            if (p.nextToken() == null) {
                throw TopologyException.at(fileName, 1, 0, "the file is empty; a topology needs at least 'nodes'");
            }
            Tree root = value(p);
            if (p.nextToken() != null) {
                throw at(p.currentTokenLocation(), "unexpected content after the topology document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw TopologyException.at(fileName, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "syntax error: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new TopologyException(fileName + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The value starting at the parser's current token; the parser is left on its last token. */
    Tree value(JsonParser p) throws IOException {
        Tree.Pos pos = pos(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> object(p, pos);
            case START_ARRAY -> array(p, pos);
            case VALUE_STRING -> new Tree.Scalar(pos, Tree.Scalar.Kind.STRING, p.getText());
            case VALUE_NUMBER_INT -> new Tree.Scalar(pos, Tree.Scalar.Kind.INTEGER, p.getText());
            case VALUE_NUMBER_FLOAT -> new Tree.Scalar(pos, Tree.Scalar.Kind.DECIMAL, p.getText());
            case VALUE_TRUE, VALUE_FALSE -> new Tree.Scalar(pos, Tree.Scalar.Kind.BOOLEAN, p.getText());
            case VALUE_NULL -> new Tree.Scalar(pos, Tree.Scalar.Kind.NULL, "null");
            default -> throw at(p.currentTokenLocation(), "unexpected " + t);
        };
    }

    private Tree object(JsonParser p, Tree.Pos pos) throws IOException {
        List<String> keys = new ArrayList<>(8);
        List<Tree.Pos> keyPositions = new ArrayList<>(8);
        List<Tree> values = new ArrayList<>(8);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Tree.Pos keyPos = pos(p.currentTokenLocation());
            int first = keys.indexOf(key);
            if (first >= 0) {
                throw TopologyException.at(fileName, keyPos.line(), keyPos.column(),
                        "duplicate key '" + key + "' (first at line " + keyPositions.get(first).line() + "); keep one");
            }
            keys.add(key);
            keyPositions.add(keyPos);
            p.nextToken();
            values.add(value(p));
        }
        return new Tree.Obj(pos, keys.toArray(String[]::new), keyPositions.toArray(Tree.Pos[]::new), values.toArray(Tree[]::new));
    }

    private Tree array(JsonParser p, Tree.Pos pos) throws IOException {
        List<Tree> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(p));
        }
        return new Tree.Arr(pos, items);
    }

    static Tree.Pos pos(JsonLocation loc) {
        return new Tree.Pos(Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()));
    }

    private TopologyException at(JsonLocation loc, String problem) {
        return TopologyException.at(fileName, loc.getLineNr(), loc.getColumnNr(), problem);
    }
}
