package cn.luodian.api.system;

/** A request parameter or body the client got wrong; answered with 400 and this message. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }

    /** With the core's refusal as the cause, for callers that tell one kind of refusal from another. */
    public BadRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
