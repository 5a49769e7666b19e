package org.pathwise.ted.io.sndlib;

import java.util.ArrayList;
import java.util.List;
import org.pathwise.ted.TopologyException;

/** Splits SNDlib native text into words and parentheses, remembering lines; '#' starts a comment. */
final class SndlibLexer {

    record Token(String text, int line) {
    }

    private final List<Token> tokens = new ArrayList<>();
    private final String fileName;
    private String networkName;
    private int next;

    SndlibLexer(String text, String fileName) {
        this.fileName = fileName;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("?")) {
                continue; // "?SNDlib native format; type: network; version: 1.0"
            }
            int hash = line.indexOf('#');
            if (hash >= 0) {
                String comment = line.substring(hash + 1).trim();
                if (networkName == null && comment.startsWith("network ")) {
                    networkName = comment.substring("network ".length()).trim();
                }
                line = line.substring(0, hash);
            }
            for (String word : line.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    tokens.add(new Token(word, i + 1));
                }
            }
        }
    }

    String networkName() {
        return networkName;
    }

    boolean hasNext() {
        return next < tokens.size();
    }

    Token next() {
        if (!hasNext()) {
            int line = tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line();
            throw TopologyException.at(fileName, line, 0, "unexpected end of file (a section is missing its closing ')')");
        }
        return tokens.get(next++);
    }

    boolean peekIs(String text) {
        if (!hasNext()) {
            next(); // reports the truncation
        }
        return tokens.get(next).text().equals(text);
    }

    void expect(String text) {
        Token t = next();
        if (!t.text().equals(text)) {
            throw TopologyException.at(fileName, t.line(), 0, "expected '" + text + "' but found '" + t.text() + "'");
        }
    }

    double number(String what) {
        Token t = next();
        try {
            double v = Double.parseDouble(t.text());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw TopologyException.at(fileName, t.line(), 0, "expected a number for " + what + " but found '" + t.text() + "'");
    }

    /** Skips to the ')' closing a section whose '(' was just read. */
    void skipToClose() {
        int depth = 1;
        while (depth > 0) {
            String t = next().text();
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")")) {
                depth--;
            }
        }
    }
}
