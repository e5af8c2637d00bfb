package se.samverkan.account;

import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.common.NotFoundException;
import se.samverkan.common.Paging;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.organisation.OrganisationView;

@Service
@Transactional(readOnly = true)
public class AccountService {

    private final AccountRepository accounts;
    private final OrganisationService organisations;
    private final PasswordEncoder passwordEncoder;

    AccountService(AccountRepository accounts, OrganisationService organisations, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
    }

    /** One page of accounts, optionally of one organisation, with organisation names in one extra query. */
    public Page<AccountView> page(Long organisationId, Pageable pageable) {
        Page<UserAccount> page = organisationId == null
                ? accounts.findAllByOrderByEmail(Paging.of(pageable))
                : accounts.findAllByOrganisationIdOrderByEmail(organisationId, Paging.of(pageable));
        Map<Long, OrganisationView> names = organisations.byIds(
                page.getContent().stream().map(UserAccount::getOrganisationId).distinct().toList());
        return page.map(account -> account.toView(names.get(account.getOrganisationId()).name()));
    }

    public AccountView get(long id) {
        return withOrganisationName(find(id));
    }

    public AccountView getByEmail(String email) {
        UserAccount account = accounts.findByEmail(Emails.normalise(email))
                .orElseThrow(() -> new NotFoundException("Account", email));
        return withOrganisationName(account);
    }

    public Optional<AccountLogin> findLogin(String email) {
        return accounts.findByEmail(Emails.normalise(email)).map(UserAccount::toLogin);
    }

    public boolean exists(String email) {
        return accounts.existsByEmail(Emails.normalise(email));
    }

    /** Creates an account. The password's strength is checked where people type it, not here. */
    @Transactional
    public long create(NewAccountCommand command) {
        String email = Emails.normalise(command.email());
        if (accounts.existsByEmail(email)) {
            throw new DuplicateEmailException(email);
        }
        organisations.get(command.organisationId());
        UserAccount account = new UserAccount(email, command.displayName(), command.organisationId(),
                command.role(), passwordEncoder.encode(command.password()));
        return accounts.save(account).getId();
    }

    @Transactional
    public void update(long id, AccountChangeCommand command) {
        UserAccount account = find(id);
        if (account.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        organisations.get(command.organisationId());
        account.change(command.displayName(), command.organisationId(), command.role(), command.enabled());
    }

    @Transactional
    public void setPassword(long id, String newPassword) {
        find(id).changePasswordHash(passwordEncoder.encode(newPassword));
    }

    @Transactional
    public void changeOwnPassword(String email, String currentPassword, String newPassword) {
        UserAccount account = accounts.findByEmail(Emails.normalise(email))
                .orElseThrow(() -> new NotFoundException("Account", email));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
    }

    private AccountView withOrganisationName(UserAccount account) {
        return account.toView(organisations.get(account.getOrganisationId()).name());
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
    }
}
