package cn.luodian.api.system;

/** The request is well-formed but clashes with the resource's current state; answered with 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
