package cn.luodian.api.system;

/** The request is well-formed but clashes with the resource's current state; answered with 409. */
public class ConflictException extends RuntimeException {
    private final String title;

    public ConflictException(String message) {
        this(null, message);
    }

    /** With a more telling problem title (Chinese) than the general one. */
    public ConflictException(String title, String message) {
        super(message);
        this.title = title;
    }

    /** The problem's title, or null for the general one. */
    public String title() {
        return title;
    }
}
