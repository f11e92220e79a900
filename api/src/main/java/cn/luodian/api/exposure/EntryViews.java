package cn.luodian.api.exposure;

import cn.luodian.api.cases.CaseEvent;
import cn.luodian.api.cases.CaseLookup;
import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.categories.Category;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.dispatch.ResponsibleUnit;
import cn.luodian.api.dispatch.ResponsibleUnits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Builds what an entry shows from its row and its case as they are now: the case's stored
 * location sentence, places, category name, responsible unit (the unit the case is dispatched to,
 * else the township's own office: 属地) and its history on the publisher's earlier lists.
 */
@Component
public class EntryViews {
    private final CaseLookup cases;
    private final Taxonomy categories;
    private final ResponsibleUnits units;
    private final EntryRepository entries;
    private final PeriodRepository periods;
    private final CaseSettings caseSettings;

    public EntryViews(CaseLookup cases, Taxonomy categories,
                      ResponsibleUnits units, EntryRepository entries, PeriodRepository periods, CaseSettings caseSettings) {
        this.cases = cases;
        this.categories = categories;
        this.units = units;
        this.entries = entries;
        this.periods = periods;
        this.caseSettings = caseSettings;
    }

    /** The period as it would be published now (maps are added by the publisher). */
    public PublishedPeriod preview(Publisher publisher, Period period, PublishedPeriod.Correction corrects) {
        List<PublishedEntry> shown = new ArrayList<>();
        for (Entry e : entries.list(period.id())) {
            shown.add(view(publisher, period, e));
        }
        return new PublishedPeriod(publisher.code(), publisher.name(), publisher.titleLine(), period.number(),
                period.revision(), period.title(), period.intro(), period.issueDate(), null, publisher.demo(), corrects, shown);
    }

    public PublishedEntry view(Publisher publisher, Period period, Entry e) {
        CityCase c = cases.find(e.caseId()).orElseThrow();
        // The first published period that listed the case; this one when there is none yet.
        int firstNumber = period.number();
        LocalDate exposedOn = period.issueDate();
        for (Entry earlier : entries.publishedForCase(publisher.id(), c.id())) {
            Period p = periods.find(earlier.periodId()).orElseThrow();
            if (p.number() < firstNumber) {
                firstNumber = p.number();
                exposedOn = p.issueDate();
            }
        }
        LocalDate rectifiedOn = e.kind() == EntryKind.RECTIFIED ? rectifiedOn(c.id()).orElse(null) : null;
        String category = categories.find(c.categoryCode()).map(Category::name).orElse(c.categoryCode());
        return new PublishedEntry(e.seq(), e.kind(), c.number(), c.locationText(), c.townshipCode(), c.townshipName(),
                c.villageCode(), c.villageName(), c.categoryCode(), category, unitName(c), e.deadline(), e.periodsOnList(),
                firstNumber, exposedOn, rectifiedOn, c.lon(), c.lat(), e.photo(), e.after(), null);
    }

    /** The day of the latest rectification (整改) recorded for the case, in the district's zone. */
    public Optional<LocalDate> rectifiedOn(long caseId) {
        List<CaseEvent> history = cases.history(caseId);
        for (int i = history.size() - 1; i >= 0; i--) {
            if ("rectify".equals(history.get(i).action())) {
                return Optional.of(LocalDate.ofInstant(history.get(i).at(), caseSettings.zone()));
            }
        }
        return Optional.empty();
    }

    private String unitName(CityCase c) {
        Optional<ResponsibleUnit> unit = c.unitId() != null ? units.findUnit(c.unitId())
                : c.townshipCode() != null ? units.findHomeUnit(c.townshipCode()) : Optional.empty();
        return unit.map(ResponsibleUnit::name).orElse(c.townshipName() != null ? c.townshipName() : "属地");
    }
}
