package se.samverkan.account;

/** The current password given when changing one's own password was not right. */
public class WrongPasswordException extends RuntimeException {

    WrongPasswordException() {
        super("Current password does not match");
    }
}
