package se.samverkan.publicsite;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A list filter that cannot mean anything (an unknown municipality, a year that is not one): 400, not 500. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadFilterException extends RuntimeException {

    BadFilterException(String what) {
        super("Bad filter value: " + what);
    }
}
