package se.samverkan.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the shared test PostgreSQL, with the demo data loaded, driven through MockMvc.
 * All tests with this annotation share one Spring context.
 * <p>
 * MockMvc carries a login as a {@code MockHttpSession}, which Spring Session's filter would replace by a session
 * found through the cookie; so here the servlet container's sessions are used, as MockMvc emulates them. The
 * sessions in PostgreSQL are exercised over real HTTP: {@link ServerTest}, the browser tests and
 * {@code TwoInstancesTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration,"
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import({TestDatabaseConfiguration.class, StatementCounter.class})
@ActiveProfiles("demo")
public @interface IntegrationTest {
}
