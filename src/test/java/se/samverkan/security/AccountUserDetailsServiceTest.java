package se.samverkan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.samverkan.account.AccountLogin;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;

class AccountUserDetailsServiceTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };

    @Test
    void aLockedAccountCostsAPasswordCheckLikeANameWithoutAnAccount() {
        AccountUserDetailsService service = service(true);

        var user = service.loadUserByUsername("samordnare@tranemo.example");

        assertThat(user.isAccountNonLocked()).isFalse();
        assertThat(checks).as("a made-up hash was checked").hasValue(1);
    }

    @Test
    void anAccountThatIsNotLockedLeavesThePasswordCheckToTheLogin() {
        AccountUserDetailsService service = service(false);

        var user = service.loadUserByUsername("samordnare@tranemo.example");

        assertThat(user.isAccountNonLocked()).isTrue();
        assertThat(checks).hasValue(0);
    }

    private AccountUserDetailsService service(boolean locked) {
        AccountService accounts = mock(AccountService.class);
        LoginThrottle throttle = mock(LoginThrottle.class);
        AccountLogin login = new AccountLogin(1L, "samordnare@tranemo.example", "Samordnare", 1L, Role.COORDINATOR,
                true, counting.encode("ett-bra-losenord-2026"));
        when(accounts.findLogin(anyString())).thenReturn(Optional.of(login));
        when(throttle.isLocked(anyString())).thenReturn(locked);
        return new AccountUserDetailsService(accounts, throttle, counting);
    }
}
