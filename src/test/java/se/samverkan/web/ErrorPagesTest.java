package se.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverkan.account.AccountService;
import se.samverkan.account.Role;
import se.samverkan.organisation.OrganisationService;
import se.samverkan.testsupport.Accounts;
import se.samverkan.testsupport.HttpSession;
import se.samverkan.testsupport.ServerTest;

/** Error pages through the real servlet error dispatch: in the layout, in Swedish, without stack traces. */
@ServerTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    OrganisationService organisations;

    Accounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new Accounts(accountService, organisations);
    }

    private HttpSession loggedIn(Role role) throws Exception {
        HttpSession session = new HttpSession(port);
        HttpResponse<String> login = session.logIn(accounts.create(role, "tranemo"), Accounts.PASSWORD);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/oversikt"));
        return session;
    }

    @Test
    void aMissingPageAnswers404WithTheSwedishPageInTheLayout() throws Exception {
        HttpResponse<String> response = loggedIn(Role.READER).get("/finns-inte");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"sv\">", "<title>Sidan finns inte – Samverkan</title>",
                "Hoppa till innehållet", "Logga ut");
    }

    @Test
    void aForbiddenPageAnswers403WithTheSwedishPage() throws Exception {
        HttpResponse<String> response = loggedIn(Role.COORDINATOR).get("/admin/anvandare");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Du har inte behörighet");
    }

    @Test
    void aBadPathValueAnswers400WithoutAStackTrace() throws Exception {
        HttpResponse<String> response = loggedIn(Role.ADMIN).get("/admin/organisationer/abc/redigera");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Felaktig begäran").doesNotContain("Exception", "at se.samverkan");
    }

    @Test
    void anUnknownRecordAnswers404() throws Exception {
        HttpResponse<String> response = loggedIn(Role.ADMIN).get("/admin/anvandare/987654321/redigera");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Sidan finns inte").doesNotContain("Exception");
    }

    @Test
    void loggingInGivesANewSessionIdAgainstSessionFixation() throws Exception {
        HttpSession session = new HttpSession(port);
        session.get("/login");
        String before = session.sessionId().orElseThrow();
        session.logIn(accounts.create(Role.READER, "tranemo"), Accounts.PASSWORD);
        assertThat(session.sessionId()).hasValueSatisfying(after -> assertThat(after).isNotEqualTo(before));
    }
}
