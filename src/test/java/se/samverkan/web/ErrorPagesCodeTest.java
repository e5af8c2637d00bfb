package se.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import se.samverkan.common.ServerBusyException;

class ErrorPagesCodeTest {

    @Test
    void forbiddenNotFoundAndConflictHaveTheirOwnText() {
        assertThat(ErrorPages.codeFor(HttpStatus.FORBIDDEN)).isEqualTo("403");
        assertThat(ErrorPages.codeFor(HttpStatus.NOT_FOUND)).isEqualTo("404");
        assertThat(ErrorPages.codeFor(HttpStatus.CONFLICT)).isEqualTo("409");
    }

    @Test
    void otherErrorsShareTheGeneralClientOrServerText() {
        assertThat(ErrorPages.codeFor(HttpStatus.BAD_REQUEST)).isEqualTo("4xx");
        assertThat(ErrorPages.codeFor(HttpStatus.METHOD_NOT_ALLOWED)).isEqualTo("4xx");
        assertThat(ErrorPages.codeFor(HttpStatus.INTERNAL_SERVER_ERROR)).isEqualTo("5xx");
        assertThat(ErrorPages.codeFor(HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo("5xx");
    }

    @Test
    void theErrorViewKeepsTheStatus() {
        ModelAndView view = ErrorPages.view(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(view.getViewName()).isEqualTo("error/page");
        assertThat(view.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(view.getModel()).containsEntry("errorCode", "5xx");
    }

    @Test
    void heavyWorkWithoutAFreeSlotIsA503WithItsOwnTextAndATimeToTryAgain() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView view = new ErrorHandling().busy(new ServerBusyException("PDF rendering", 10), response);

        assertThat(view.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(view.getModel()).containsEntry("errorCode", "busy");
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
    }
}
