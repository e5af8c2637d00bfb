package se.samverkan.agreement.web;

import java.math.BigDecimal;
import se.samverkan.common.SwedishNumbers;

/** Numbers as Swedes type them: "1 200,5" or "1200.5"; up to two decimals. */
final class Decimals {

    static final String PATTERN =
            "^\\s*$|^\\s*[-−]?([0-9]{1,12}|[0-9]{1,3}([ \u00a0][0-9]{3}){1,3})([.,][0-9]{1,2})?\\s*$";

    private Decimals() {
    }

    static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new BigDecimal(text.strip().replace(" ", "").replace("\u00a0", "").replace('−', '-').replace(',', '.'));
    }

    static String format(BigDecimal value) {
        return SwedishNumbers.format(value);
    }
}
