package se.samverkan.account;

import java.util.Locale;

/** Logins are e-mail addresses compared without regard to case or surrounding spaces. */
public final class Emails {

    private Emails() {
    }

    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
