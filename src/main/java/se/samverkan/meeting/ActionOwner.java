package se.samverkan.meeting;

import java.util.Locale;

/**
 * Who owns an action item: a steering-group member or a party organisation. As a form value "member-4" or
 * "organisation-2", so that one select offers both.
 */
public record ActionOwner(Kind kind, long id) {

    public enum Kind { MEMBER, ORGANISATION }

    /** The owner a form value names; null for an empty value; {@link IllegalArgumentException} for nonsense. */
    public static ActionOwner parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int dash = value.indexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException("Not an owner: " + value);
        }
        return new ActionOwner(Kind.valueOf(value.substring(0, dash).toUpperCase(Locale.ROOT)),
                Long.parseLong(value.substring(dash + 1)));
    }

    public String value() {
        return kind.name().toLowerCase(Locale.ROOT) + "-" + id;
    }
}
