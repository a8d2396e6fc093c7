package org.diarist.cli;

import org.diarist.engine.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * Turns an exception escaping a command into one line on stderr and an exit code: {@link ExitCodes#BAD_INPUT}
 * for problems the user can fix, {@link ExitCodes#FAILURE} for everything else. The stack trace is printed
 * only with {@code --verbose}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean badInput = isBadInput(ex);
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : firstLine(ex.getMessage());
        err.println("diarist: " + (badInput ? "" : "error: ") + message);
        if (verboseRequested(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return badInput ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
    }

    private static boolean isBadInput(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException || t instanceof CommandLine.ParameterException) {
                return true;
            }
        }
        return false;
    }

    private static boolean verboseRequested(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
