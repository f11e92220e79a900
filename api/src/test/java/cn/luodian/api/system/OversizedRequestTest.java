package cn.luodian.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Requests the servlet never sees — a request line or headers larger than the server accepts —
 * are refused by Tomcat itself; they must still answer RFC 9457 problem+json, not an HTML page.
 */
class OversizedRequestTest {

    @Test
    void aTenMegabyteTextInTheQueryIsA400ProblemJson() throws IOException {
        String response = rawGet("/api/v1/locate?text=" + "a".repeat(10 * 1024 * 1024), "");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(response).contains("\"status\":400").contains("放在请求体中发送");
    }

    @Test
    void anOversizedHeaderIsA400ProblemJson() throws IOException {
        String response = rawGet("/api/v1/describe?lon=116.7&lat=39.8", "X-Padding: " + "b".repeat(64 * 1024) + "\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
    }

    /** Sends the request and reads the answer; the server may close before it has read everything. */
    private static String rawGet(String target, String extraHeaders) throws IOException {
        try (Socket socket = new Socket("localhost", DemoServerForTest.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            byte[] request = ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (int offset = 0; offset < request.length; offset += 64 * 1024) {
                    out.write(request, offset, Math.min(64 * 1024, request.length - offset));
                }
                out.flush();
            } catch (SocketException closedEarly) {
                // The server answered and closed before reading the whole request: read what it said.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (SocketException reset) {
                // A reset after the answer arrived still leaves the answer in hand.
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
