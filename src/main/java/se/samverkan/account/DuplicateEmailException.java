package se.samverkan.account;

public class DuplicateEmailException extends RuntimeException {

    DuplicateEmailException(String email) {
        super("E-mail already in use: " + email);
    }
}
