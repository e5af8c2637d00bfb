package se.samverkan.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds login outcomes to the throttle. Attempts on a locked name are not counted, so a lock does not grow. */
@Component
class LoginEventListener {

    private final LoginThrottle throttle;

    LoginEventListener(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        throttle.recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.reset(event.getAuthentication().getName());
    }
}
