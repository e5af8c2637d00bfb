package se.samverkan.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Numbers as Swedish text writes them: "1 200,5" (space between thousands, decimal comma, no trailing zeros). */
public final class SwedishNumbers {

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
}
