package cn.luodian.api.system;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database cannot be reached (stopped, unreachable, or no connection within the pool's
 * timeout): the answer is 503 with {@code Retry-After}, whatever the request was doing — also when
 * it was checking a password, which must not read as a wrong password. Nothing was stored: the
 * write's transaction could not start or did not commit.
 */
final class DatabaseUnavailable {
    /** How long a client should wait before asking again; the pool retries on its own meanwhile. */
    static final long RETRY_AFTER_SECONDS = 10;

    private DatabaseUnavailable() {
    }

    /** Whether `e`, or anything that caused it, says the database could not be reached. */
    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    static ResponseEntity<ProblemDetail> answer() {
        ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "服务暂不可用",
                "数据库暂时无法连接，请求未被处理（未保存任何内容），请在 " + RETRY_AFTER_SECONDS + " 秒后重试");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(problem);
    }
}
