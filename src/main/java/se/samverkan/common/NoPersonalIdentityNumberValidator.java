package se.samverkan.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers in text: {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN}, {@code YYMMDDNNNN},
 * {@code YYYYMMDDNNNN} and {@code YYYYMMDD-NNNN}, also with a space (plain or non-breaking), an en or em dash, a
 * non-breaking hyphen or a minus sign for the hyphen, as people type them or paste them from a word processor. A
 * candidate counts only when its date exists (the day plus 60 for a co-ordination
 * number) and its last digit is the Luhn check digit of the other nine, so that dates, phone numbers and case
 * numbers written in the same shape are not refused by mistake unless they happen to pass the check.
 */
public class NoPersonalIdentityNumberValidator implements ConstraintValidator<NoPersonalIdentityNumber, CharSequence> {

    /** Hyphen, space, no-break space, non-breaking hyphen, en dash, em dash, minus sign. */
    private static final String SEPARATOR = "[- \u00A0\u2011\u2013\u2014\u2212]";

    /** Not preceded or followed by another digit, so that longer numbers are not cut into candidates. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])(?:(?<century>[0-9]{2})(?<long>[0-9]{6})"
            + SEPARATOR + "?|(?<short>[0-9]{6})(?:" + SEPARATOR + "|\\+)?)(?<serial>[0-9]{4})(?![0-9])");

    private static final int COORDINATION_OFFSET = 60;

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        return text == null || !containsOne(text);
    }

    /** Whether the text holds at least one valid personal identity or co-ordination number. */
    public static boolean containsOne(CharSequence text) {
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            boolean valid = matcher.group("long") != null
                    ? isValid(matcher.group("century"), matcher.group("long"), matcher.group("serial"))
                    : isValid(null, matcher.group("short"), matcher.group("serial"));
            if (valid) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValid(String century, String date, String serial) {
        return dateExists(century, date) && luhnValid(date + serial);
    }

    /** Without a century the date must exist in the 1900s or the 2000s (29 February 1900 did not). */
    private static boolean dateExists(String century, String date) {
        int yy = Integer.parseInt(date.substring(0, 2));
        int month = Integer.parseInt(date.substring(2, 4));
        int day = Integer.parseInt(date.substring(4, 6));
        if (day > COORDINATION_OFFSET) {
            day -= COORDINATION_OFFSET;
        }
        if (century != null) {
            return exists(Integer.parseInt(century) * 100 + yy, month, day);
        }
        return exists(1900 + yy, month, day) || exists(2000 + yy, month, day);
    }

    private static boolean exists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The Luhn check over ten digits: every other digit from the first doubled, the sum a multiple of ten. */
    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
