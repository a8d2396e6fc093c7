package org.diarist.cli;

/** The fixed exit codes of every command. */
public final class ExitCodes {
    /** The job ran to completion. */
    public static final int OK = 0;
    /** The job failed for a reason other than the user's input (a bug, a native crash, an I/O failure). */
    public static final int FAILURE = 1;
    /** Bad input or usage: a missing or unreadable file, a bad option value, a model that does not fit. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
