package se.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverkan.testsupport.ServerTest;

/**
 * What the MockMvc fuzz test cannot reach: bytes Tomcat itself decodes before the application sees a request
 * (invalid UTF-8 and encoded slashes in the address, control characters, a huge query, a body that lies about
 * its length). Each goes over a raw socket to the real server; every answer must be a 4xx or a page, never a 5xx.
 */
@ServerTest
class RawHttpInputTest {

    @LocalServerPort
    int port;

    @Test
    void oddRequestsGetAnAnswerBelow500() throws IOException {
        String longValue = "9".repeat(7000);
        List<String> requests = List.of(
                get("/medborgarloften/%C3%28"),
                get("/kommuner/%FF%FE"),
                get("/kommuner/%E2%82"),
                get("/kommuner/..%2F..%2Fadmin"),
                get("/kommuner/%00"),
                get("/overenskommelser/%2e%2e/%2e%2e/etc/passwd"),
                get("/medborgarloften?ar=" + longValue),
                get("/medborgarloften?q=%C3%28&ar=%FF"),
                get("/medborgarloften?kommun=%0d%0aSet-Cookie:%20x=y"),
                get("/oppna-data/medborgarloften.json?x=" + "a&x=".repeat(2000)),
                "GET /medborgarloften HTTP/1.1\r\nHost: localhost\r\nAccept-Language: \u00ff\u00fe;q=abc\r\n"
                        + "Connection: close\r\n\r\n",
                "GET /medborgarloften HTTP/1.1\r\nHost: localhost\r\nCookie: JSESSIONID=\u0001\r\n"
                        + "Connection: close\r\n\r\n",
                "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 5\r\nConnection: close\r\n\r\nusername=%C3%28&password=%FF",
                "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 900\r\nConnection: close\r\n\r\nusername=a",
                "BREW /medborgarloften HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        List<String> failures = new ArrayList<>();
        int answered = 0;
        for (String request : requests) {
            int status = send(request);
            answered += status > 0 ? 1 : 0;
            if (status >= 500) {
                failures.add(status + " for " + request.lines().findFirst().orElse("").substring(0,
                        Math.min(120, request.lines().findFirst().orElse("").length())));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(answered).as("answered with a status line (the rest closed at the connection)")
                .isGreaterThanOrEqualTo(requests.size() - 2);
    }

    private static String get(String target) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    }

    /** The status of the answer, 0 when the server closed without one (a refusal at the connection, not a 5xx). */
    private int send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                head.write(b);
            }
            String statusLine = head.toString(StandardCharsets.ISO_8859_1);
            String[] parts = statusLine.split(" ");
            return parts.length > 1 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : 0;
        }
    }
}
