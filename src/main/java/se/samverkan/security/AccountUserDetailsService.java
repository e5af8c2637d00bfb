package se.samverkan.security;

import java.util.function.Supplier;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;
import se.samverkan.account.AccountLogin;
import se.samverkan.account.AccountService;

/**
 * Loads an account for the login. A locked or switched-off account is refused before its password is checked; so
 * that the refusal takes as long as a password check (and as a name without an account, which Spring Security
 * answers after checking a made-up hash), one made-up hash is checked here too: the time to answer does not tell
 * whether such a name has an account.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final Supplier<String> madeUpHash;

    AccountUserDetailsService(AccountService accounts, LoginThrottle throttle, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwords = passwords;
        this.madeUpHash = SingletonSupplier.of(() -> passwords.encode("samverkan-locked-account"));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findLogin(username)
                .map(login -> new SamverkanUser(login, lockedAfterAPasswordCheck(login)))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /** Locked or switched off, an account is refused before its password is checked: one made-up check here. */
    private boolean lockedAfterAPasswordCheck(AccountLogin login) {
        boolean locked = throttle.isLocked(login.email());
        if (locked || !login.enabled()) {
            passwords.matches("samverkan-locked-account-attempt", madeUpHash.get());
        }
        return locked;
    }
}
