package org.diarist.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: header, a rule, rows, and optionally a rule and a total row. The first column is
 * left-aligned, the others (numbers) right-aligned, columns two spaces apart.
 */
final class TextTable {

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private String[] total;

    TextTable(String... header) {
        this.header = header.clone();
    }

    TextTable row(String... cells) {
        rows.add(cells.clone());
        return this;
    }

    TextTable total(String... cells) {
        total = cells.clone();
        return this;
    }

    String render() {
        int[] widths = new int[header.length];
        widen(widths, header);
        rows.forEach(row -> widen(widths, row));
        if (total != null) {
            widen(widths, total);
        }
        StringBuilder text = new StringBuilder();
        text.append(line(header, widths)).append('\n');
        text.append(rule(widths)).append('\n');
        for (String[] row : rows) {
            text.append(line(row, widths)).append('\n');
        }
        if (total != null) {
            text.append(rule(widths)).append('\n');
            text.append(line(total, widths)).append('\n');
        }
        return text.toString();
    }

    private static void widen(int[] widths, String[] row) {
        for (int i = 0; i < row.length; i++) {
            widths[i] = Math.max(widths[i], row[i].length());
        }
    }

    private static String line(String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            String pad = " ".repeat(widths[i] - row[i].length());
            line.append(i == 0 ? row[i] + pad : pad + row[i]);
        }
        return line.toString().stripTrailing();
    }

    private static String rule(int[] widths) {
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i > 0 ? "  " : "").append("-".repeat(widths[i]));
        }
        return rule.toString();
    }
}
