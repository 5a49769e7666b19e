package org.pathwise.ted;

/**
 * A topology that cannot be accepted: an unknown node, a duplicate id, a self-loop, a negative or
 * NaN capacity, a malformed file. The message says what is wrong, where (file:line:column when the
 * topology came from a file) and, where it can, what to do about it.
 */
public class TopologyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public TopologyException(String message) {
        this(message, null);
    }

    public TopologyException(String message, Throwable cause) {
        super(message, cause);
        this.file = null;
        this.line = 0;
        this.column = 0;
    }

    private TopologyException(String file, int line, int column, String problem, Throwable cause) {
        super(location(file, line, column) + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** An error at a place in a file; {@code line} and {@code column} are 1-based, 0 when unknown. */
    public static TopologyException at(String file, int line, int column, String problem) {
        return new TopologyException(file, line, column, problem, null);
    }

    /** The same problem as {@code cause} (typically a model validation error) placed in a file. */
    public static TopologyException at(String file, int line, int column, TopologyException cause) {
        return new TopologyException(file, line, column, cause.getMessage(), cause);
    }

    /** The file name the error refers to, or null when the topology was not read from a file. */
    public String file() {
        return file;
    }

    /** 1-based line in {@link #file()}, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column in {@link #file()}, 0 when unknown. */
    public int column() {
        return column;
    }

    private static String location(String file, int line, int column) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.toString();
    }
}
