package se.samverkan.organisation;

/** The name or slug is already taken; {@code field} names the form field to mark. */
public class DuplicateOrganisationException extends RuntimeException {

    private final String field;

    DuplicateOrganisationException(String field) {
        super("Organisation " + field + " already in use");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
