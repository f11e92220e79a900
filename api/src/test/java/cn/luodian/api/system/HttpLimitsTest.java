package cn.luodian.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Tomcat's limits ({@link HttpLimits}) against a real server, over raw sockets: a 10 MB URL is
 * answered 400 problem+json at once and its connection closed; a client that connects and sends
 * nothing more is cut off after the connection timeout (10 s), not after Tomcat's default minute.
 */
class HttpLimitsTest {

    /** Everything the server sends until it closes, or until {@code limitMillis}. */
    private static String readAll(Socket socket, long limitMillis) throws IOException {
        socket.setSoTimeout((int) limitMillis);
        InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (java.net.SocketException e) {
            // reset by the server after it answered: the connection is gone either way
        }
        return text.toString();
    }

    @Test
    void aTenMegabyteUrlIsRefusedAtOnceAndTheConnectionClosed() throws Exception {
        int port = DemoServerForTest.port();
        try (Socket socket = new Socket("localhost", port)) {
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                try {
                    out.write("GET /api/v1/describe?q=".getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 160; i++) {
                        out.write(chunk);
                    }
                    out.write(" HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the server closed the connection before the URL ended: what it should do
                }
            });
            String answer = readAll(socket, 30_000);
            long millis = (System.nanoTime() - start) / 1_000_000;
            sending.cancel(true);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("请求头");
            System.out.println("10 MB URL: answered and closed in " + millis + " ms");
            assertThat(millis).isLessThan(5_000);
        }
    }

    @Test
    void aClientThatSendsNothingIsCutOffAfterTheConnectionTimeout() throws Exception {
        int port = DemoServerForTest.port();
        try (Socket socket = new Socket("localhost", port)) {
            long start = System.nanoTime();
            socket.getOutputStream().write("GET /api/v1/categories HTTP/1.1\r\nHost: local".getBytes(StandardCharsets.US_ASCII));
            readAll(socket, 40_000);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("half a request: closed after " + millis + " ms");
            assertThat(millis).isBetween(8_000L, 16_000L);
        }
    }
}
