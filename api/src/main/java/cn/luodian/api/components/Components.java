package cn.luodian.api.components;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.geo.component.ComponentCode;
import cn.luodian.geo.component.ComponentStatuses;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The stored components as other packages and the API read them: one by code, a search, a history,
 * the ones near a report; and the one write other packages make, a status a case's step sets.
 */
@Service
public class Components {
    /** The form of a 部件标识码 in a request (geo.component.ComponentCode keeps the whole rule). */
    private static final Pattern CODE_FORM = Pattern.compile("[0-9]{" + ComponentCode.LENGTH + "}");

    private final ComponentStore store;
    private final NearbyComponents nearby;
    private final ComponentSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Components(ComponentStore store, NearbyComponents nearby, ComponentSettings settings, Clock clock,
               ApplicationEventPublisher publisher) {
        this.store = store;
        this.nearby = nearby;
        this.settings = settings;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** A code a client sent, as a 400 in Chinese unless it has the form of a 部件标识码. */
    public static String requireCodeForm(String code) {
        if (code == null || !CODE_FORM.matcher(code).matches()) {
            throw new BadRequestException("部件标识码应为 " + ComponentCode.LENGTH + " 位数字");
        }
        return code;
    }

    public Optional<StoredComponent> find(String code) {
        return store.findByCode(code);
    }

    public long count() {
        return store.count();
    }

    public List<StoredComponent> search(ComponentQuery query) {
        return store.search(query);
    }

    /** Oldest first; kept after the component was removed. */
    public List<ComponentChange> history(String code) {
        return store.history(code);
    }

    /** The components of a 小类 within the link radius of a WGS-84 point, closest first, at most {@code nearby-shown}. */
    public List<ComponentAtDistance> near(String category, double lon, double lat) {
        return nearby.find(category, lon, lat, settings.linkRadiusMetres(), settings.nearbyShown());
    }

    /** How far a component lies from a WGS-84 point, in metres (EPSG:4548). */
    public double distanceMetres(StoredComponent component, double lon, double lat) {
        return nearby.distanceMetres(component, lon, lat);
    }

    public ComponentSettings settings() {
        return settings;
    }

    /**
     * Gives a component a new status, with a history row naming who and why, in the caller's
     * transaction (a case's step): nothing when it has that status already. False when no component
     * has the code any more (a re-survey removed it).
     */
    public boolean changeStatus(String code, String status, String changedBy, String note) {
        ComponentStatuses.DEFAULTS.check(status);
        Optional<StoredComponent> found = store.findByCode(code);
        if (found.isEmpty()) {
            return false;
        }
        StoredComponent stored = found.get();
        String before = stored.component().status();
        if (before.equals(status)) {
            return true;
        }
        Instant now = clock.instant();
        if (!store.updateStatus(stored, status, now)) {
            throw new ConflictException("部件 " + code + " 刚被别人修改，请重试");
        }
        store.appendChanges(List.of(new ComponentStore.ChangeRow(stored.id(), new ComponentChange(code, now, changedBy,
                ComponentChangeKind.STATUS, before, status, null, null, note))));
        publisher.publishEvent(new ComponentsChanged(Set.of(code), false));
        return true;
    }

    // For the map's in-memory component index (tiles), added after the rest to ease merging.

    /** Rows per query of {@link #forEachOnMap}: a page of a million-row table stays a few MB. */
    public static final int MAP_PAGE_ROWS = 10_000;

    /** Every stored component as the map shows it, in code order, read {@value #MAP_PAGE_ROWS} at a time. */
    public void forEachOnMap(Consumer<ComponentOnMap> each) {
        store.forEachOnMap(MAP_PAGE_ROWS, each);
    }

    /** The stored components among {@code codes} as the map shows them; a removed code is simply absent. */
    public List<ComponentOnMap> findOnMap(Collection<String> codes) {
        return store.findOnMap(codes);
    }
}
