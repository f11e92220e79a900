package cn.luodian.api.system;

/** The request clashes with what is stored (a name taken, a state that does not allow it); 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
