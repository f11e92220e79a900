package cn.luodian.api.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;

/**
 * Answers the errors Tomcat raises before any servlet runs — a request line or headers over the
 * limit, a malformed request — as RFC 9457 problem+json instead of Tomcat's HTML page. Errors from
 * the application itself never get here: {@link ProblemDetailsAdvice} has already written them.
 */
public class ContainerProblemValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return; // the connection is already unusable: nothing can be written
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response was committed meanwhile: nothing more to say.
        }
    }

    static String body(int status) {
        SpringProblems.Text text = SpringProblems.byStatus(HttpStatusCode.valueOf(status));
        String detail = status == 400
                ? "服务器无法读取这个请求：请求行和请求头须格式正确，合计最多 8 KB；"
                        + "较长的文字（如位置描述）请改为放在请求体中发送"
                : text.detail();
        return "{\"type\":\"about:blank\",\"title\":\"" + text.title() + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
    }
}
