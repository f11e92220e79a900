package cn.luodian.api.system;

/** The signed-in user may not do this (role or jurisdiction); answered with 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
