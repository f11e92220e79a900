package cn.luodian.geo.patrol;

/** A track or GPX file that cannot be accepted; the message is Chinese and says where and why. */
public final class TrackException extends IllegalArgumentException {

    public TrackException(String message) {
        super(message);
    }

    public TrackException(String message, Throwable cause) {
        super(message, cause);
    }
}
