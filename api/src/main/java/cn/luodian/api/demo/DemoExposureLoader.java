package cn.luodian.api.demo;

import cn.luodian.api.cases.CaseEvent;
import cn.luodian.api.cases.CaseFilter;
import cn.luodian.api.cases.CaseLookup;
import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.cases.CaseState;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.categories.Category;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.exposure.Entry;
import cn.luodian.api.exposure.EntryKind;
import cn.luodian.api.exposure.ExposureRequests;
import cn.luodian.api.exposure.MapFont;
import cn.luodian.api.exposure.Period;
import cn.luodian.api.exposure.PeriodAction;
import cn.luodian.api.exposure.PeriodPublisher;
import cn.luodian.api.exposure.PeriodService;
import cn.luodian.api.exposure.Rectifications;
import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.photos.CasePhotos;
import cn.luodian.api.photos.ImageType;
import cn.luodian.api.photos.Photo;
import cn.luodian.api.photos.PhotoFiles;
import cn.luodian.api.photos.PhotoUploads;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.AppClock;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.LuodianProperties;
import cn.luodian.geo.layer.Layer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the sample cases: the demo's exposure list (示例), published through the real services on
 * the pinned clock — 第191期 two weeks ago with open sample cases, two of them rectified with after
 * photos a few days later, then 第192期 two days ago with those two as before/after pairs, the rest
 * carried over and new entries — so that the public pages show a list like the newspaper's.
 */
@Component
@ConditionalOnWebApplication
@Order(120)
public class DemoExposureLoader implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoExposureLoader.class);
    static final String PUBLISHER = "tongzhou";
    private static final int NEW_PER_PERIOD = 8;
    private static final Set<CaseState> OPEN = EnumSet.of(CaseState.REGISTERED, CaseState.DISPATCHED, CaseState.IN_PROGRESS,
            CaseState.RETURNED);

    private final ReferenceLayers store;
    private final LuodianProperties properties;
    private final PeriodService periods;
    private final PeriodPublisher publisher;
    private final Rectifications rectifications;
    private final CaseLookup cases;
    private final Taxonomy categories;
    private final CasePhotos photos;
    private final PhotoFiles files;
    private final PhotoUploads uploads;
    private final CaseSettings caseSettings;
    private final AppClock clock;
    private final DemoPhotos pictures;

    public DemoExposureLoader(ReferenceLayers store, LuodianProperties properties,
                              PeriodService periods, PeriodPublisher publisher, Rectifications rectifications,
                              CaseLookup cases,
                              Taxonomy categories, CasePhotos photos, PhotoFiles files, PhotoUploads uploads,
                              CaseSettings caseSettings, AppClock clock, MapFont font) {
        this.store = store;
        this.properties = properties;
        this.periods = periods;
        this.publisher = publisher;
        this.rectifications = rectifications;
        this.cases = cases;
        this.categories = categories;
        this.photos = photos;
        this.files = files;
        this.uploads = uploads;
        this.caseSettings = caseSettings;
        this.clock = clock;
        this.pictures = new DemoPhotos(font);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || !"demo".equals(store.origins().get(Layer.ADMIN.id())) || !periods.publishers().isEmpty()
                || cases.count(CaseFilter.none()) == 0) {
            return;
        }
        long start = System.nanoTime();
        Instant now = clock.instant();
        try {
            load(now);
        } finally {
            clock.unpin();
        }
        LOG.info("published the sample exposure list (示例) 第191期 and 第192期 in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private void load(Instant now) {
        Actor supervisor = new Actor("示例督办员", Role.SUPERVISOR, "110112", null);
        Actor township = Actor.system("示例属地整改人员");
        Instant first = atTenInBeijing(now.minus(Duration.ofDays(14)));
        Instant second = atTenInBeijing(now.minus(Duration.ofDays(2)));
        Set<Long> used = new HashSet<>();
        List<CityCase> firstCases = pick(first, used);
        if (firstCases.size() < 3) {
            LOG.info("too few open sample cases for the sample exposure list; none published");
            return;
        }
        clock.pin(first);
        periods.createPublisher(new ExposureRequests.NewPublisher(PUBLISHER, "通州区城市管理委员会", "挂账督办", "weekly", 191, true,
                List.of("RX01", "S01")), supervisor, true);
        Period p191 = publish(191, first, firstCases, supervisor,
                "【示例】区城市管理委对城乡接合部、背街小巷、农贸市场等重点区域开展检查，对发现的环境问题挂账督办，请各属地按期整改。");

        // Two of them are fixed a few days later, with after photos (整治后).
        List<Entry> listed = periods.entries(p191.id());
        for (int i = 0; i < Math.min(2, listed.size()); i++) {
            Entry e = listed.get(i);
            clock.pin(first.plus(Duration.ofDays(4 + i)).plus(Duration.ofHours(3)));
            CityCase c = cases.find(e.caseId()).orElseThrow();
            byte[] after = pictures.after(c.id(), caption(c));
            retrying(() -> rectifications.rectify(e.id(), after, "【示例】已清理完毕", uploads, township));
        }

        List<CityCase> secondCases = pick(second, used);
        Period p192 = publish(192, second, secondCases, supervisor,
                "【示例】区城市管理委在巩固前期成果的基础上，强化检查防疫重点区域，对发现的问题挂账督办。"
                        + "本期选取了上期挂账督办的环境问题，刊登整治前后对比照片。");

        // 回头看 of one rectified place: still clean.
        clock.pin(now.minus(Duration.ofDays(1)));
        periods.entries(p192.id()).stream().filter(e -> e.kind() == EntryKind.RECTIFIED).findFirst().ifPresent(e ->
                retrying(() -> rectifications.followUp(e.id(), LocalDate.ofInstant(clock.instant(), caseSettings.zone()),
                        "示例督办员", true, "【示例】回头看：已整改，未反弹", null, uploads, supervisor)));
    }

    private Period publish(int number, Instant at, List<CityCase> chosen, Actor supervisor, String intro) {
        clock.pin(at.minus(Duration.ofHours(2)));
        for (CityCase c : chosen) {
            byte[] png = pictures.before(c.id(), caption(c));
            String hash = files.store(png, ImageType.PNG);
            photos.insert(c.id(), Photo.Stage.BEFORE, hash, ImageType.PNG, png.length, "示例网格员", clock.instant());
        }
        clock.pin(at);
        Period draft = periods.create(PUBLISHER, new ExposureRequests.NewPeriod(number, "挂账督办", intro,
                LocalDate.ofInstant(at, caseSettings.zone())), supervisor);
        for (CityCase c : chosen) {
            periods.addEntry(draft.id(), new ExposureRequests.NewEntry(c.id(), null, null, null), supervisor);
        }
        periods.review(draft.id(), PeriodAction.SUBMIT, null, supervisor);
        clock.pin(at.plus(Duration.ofHours(1)));
        return retrying(() -> publisher.publish(draft.id(), supervisor));
    }

    /**
     * The supervision clocks run in the server meanwhile and may touch a case between our read and
     * our write (optimistic locking answers 409); each step is one transaction, so it is retried whole.
     */
    private static <T> T retrying(Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (ConflictException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Open sample cases whose last step happened before {@code at}, so that their history stays in order. */
    private List<CityCase> pick(Instant at, Set<Long> used) {
        CaseFilter open = new CaseFilter(null, null, null, null, OPEN, null, at.minus(Duration.ofDays(1)), null, null, null);
        List<CityCase> chosen = new ArrayList<>();
        for (CityCase c : cases.list(open, 0, 1000)) {
            List<CaseEvent> history = cases.history(c.id());
            boolean settled = history.isEmpty() || history.get(history.size() - 1).at().isBefore(at.minus(Duration.ofHours(3)));
            if (settled && used.add(c.id())) {
                chosen.add(c);
            }
            if (chosen.size() == NEW_PER_PERIOD) {
                break;
            }
        }
        return chosen;
    }

    private String caption(CityCase c) {
        return categories.find(c.categoryCode()).map(Category::name).orElse(c.categoryCode()) + " " + c.number();
    }

    private Instant atTenInBeijing(Instant day) {
        LocalDate date = LocalDate.ofInstant(day, caseSettings.zone());
        return date.atTime(LocalTime.of(10, 0)).atZone(caseSettings.zone()).toInstant();
    }
}
