package org.diarist.cli;

import org.diarist.models.catalog.ModelStatus;

import java.io.PrintWriter;
import java.util.List;

/** Prints model statuses as aligned columns: name, kind, format, status, path. */
final class ModelStatusTable {

    private ModelStatusTable() {
    }

    static void print(PrintWriter out, List<ModelStatus> statuses) {
        int nameWidth = "NAME".length();
        for (ModelStatus status : statuses) {
            nameWidth = Math.max(nameWidth, status.entry().name().length());
        }
        String row = "%-" + nameWidth + "s  %-12s  %-18s  %-18s  %s%n";
        out.printf(row, "NAME", "KIND", "FORMAT", "STATUS", "PATH");
        for (ModelStatus status : statuses) {
            out.printf(row, status.entry().name(), status.entry().kind().id(), status.entry().format().id(),
                status.state().label(), status.file().map(Object::toString).orElse("-"));
        }
        out.flush();
    }
}
