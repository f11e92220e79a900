package cn.luodian.api.system;

/**
 * A 400 that names the request field at fault ({@code reporter.phone}, {@code category}, a CSV
 * column): {@link ProblemDetailsAdvice} puts the name into the problem's {@code field} property, so a
 * script can tell which input to correct without reading the Chinese detail.
 */
public class InvalidFieldException extends BadRequestException {
    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
