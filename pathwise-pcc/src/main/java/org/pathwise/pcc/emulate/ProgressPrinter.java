package org.pathwise.pcc.emulate;

import java.io.PrintStream;

/**
 * Prints {@link ProgressTick}s: on a terminal one line rewritten in place (carriage return), to
 * a file or pipe one line per tick so logs stay readable.
 */
public final class ProgressPrinter implements LoadEngine.ProgressListener {
    private final PrintStream out;
    private final boolean inPlace;
    private int lastLength;

    public ProgressPrinter(PrintStream out, boolean inPlace) {
        this.out = out;
        this.inPlace = inPlace;
    }

    /** In place when standard output is an interactive terminal. */
    public static ProgressPrinter forStdout() {
        return new ProgressPrinter(System.out, isTerminal());
    }

    @Override
    public synchronized void tick(ProgressTick tick) {
        String line = "  " + tick.line();
        if (inPlace) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the in-place line so what follows starts on its own line. */
    public synchronized void finish() {
        if (inPlace && lastLength > 0) {
            out.println();
            lastLength = 0;
        }
    }

    /**
     * Whether stdout is an interactive terminal. Since Java 22 {@code System.console()} is non-null
     * even when redirected and {@code Console.isTerminal()} tells; on 21 a non-null console is a terminal.
     */
    public static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
