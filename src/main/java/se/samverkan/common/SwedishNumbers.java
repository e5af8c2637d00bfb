package se.samverkan.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;

/**
 * Numbers as Swedish text writes them: "1 200,5" (space between thousands, decimal comma, no trailing zeros), and
 * read back the way people type them.
 */
public final class SwedishNumbers {

    /** A blank text, or one {@link #parse} reads; for {@code @Pattern} on form fields. */
    public static final String PATTERN =
            "^\\s*$|^\\s*[-−]?([0-9]{1,12}|[0-9]{1,3}([ \u00a0][0-9]{3}){1,3})([.,][0-9]{1,2})?\\s*$";

    private static final Pattern DECIMAL = Pattern.compile(PATTERN);

    private SwedishNumbers() {
    }

    public static String format(BigDecimal value) {
        if (value == null) {
            return null;
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    /**
     * "1 200,5", "1200.5", "−3" or "-3": up to twelve digits before the decimal mark (optionally grouped by spaces in
     * threes) and two after it. Blank text is null; anything else throws {@link NumberFormatException}.
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException("Not a number: " + text);
        }
        return new BigDecimal(text.strip().replace(" ", "").replace("\u00a0", "").replace('−', '-').replace(',', '.'));
    }
}
