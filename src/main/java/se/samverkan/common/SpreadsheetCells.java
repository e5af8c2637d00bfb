package se.samverkan.common;

/**
 * Text written into a CSV file that people open in a spreadsheet: a cell that starts like a formula (= + - @, tab,
 * carriage return) gets a leading apostrophe, so no spreadsheet runs what a user typed as a formula (OWASP's advice
 * on CSV injection).
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
