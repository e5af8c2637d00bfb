package se.samverkan.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import se.samverkan.account.AccountService;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountService accounts;
    private final LoginThrottle throttle;

    AccountUserDetailsService(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findLogin(username)
                .map(login -> new SamverkanUser(login, throttle.isLocked(login.email())))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
