package cn.luodian.api.system;

import java.util.Map;

/**
 * A resource the client named does not exist; answered with 404 and this message. Extra
 * {@code properties} (such as the names that do exist) become members of the problem+json body.
 */
public class NotFoundException extends RuntimeException {
    private final Map<String, Object> properties;

    public NotFoundException(String message) {
        this(message, Map.of());
    }

    public NotFoundException(String message, Map<String, Object> properties) {
        super(message);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
