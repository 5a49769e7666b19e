package org.pathwise.ted.io.zoo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GML strings cannot contain '"'; writers escape with HTML entities (the Zoo uses {@code &amp;} and {@code &quot;}). */
final class HtmlEntities {

    private static final Pattern ENTITY = Pattern.compile("&(amp|quot|lt|gt|apos|#([0-9]+)|#x([0-9a-fA-F]+));");

    private HtmlEntities() {
    }

    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = switch (m.group(1)) {
                case "amp" -> "&";
                case "quot" -> "\"";
                case "lt" -> "<";
                case "gt" -> ">";
                case "apos" -> "'";
                default -> codePoint(m.group(2) != null ? m.group(2) : m.group(3), m.group(2) != null ? 10 : 16, m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String digits, int radix, String asWritten) {
        try {
            return Character.toString(Integer.parseInt(digits, radix));
        } catch (IllegalArgumentException notACharacter) {
            return asWritten;
        }
    }
}
