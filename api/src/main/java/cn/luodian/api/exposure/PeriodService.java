package cn.luodian.api.exposure;

import cn.luodian.api.cases.CaseLookup;
import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.cases.CaseState;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.photos.CasePhotos;
import cn.luodian.api.photos.Photo;
import cn.luodian.api.photos.PhotoRef;
import cn.luodian.api.photos.PhotoUploads;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Composing a period: create it (with the rectified and carried-over entries from the earlier
 * periods), edit its text, add and remove entries, and move it between draft and review. Each
 * operation is one transaction with its audit entry; anything but a draft refuses edits (409).
 */
@Service
public class PeriodService {
    /** A case number as people type it (TZ-20261207-00005): letters, digits and hyphens, bounded. */
    private static final java.util.regex.Pattern CASE_NUMBER = java.util.regex.Pattern.compile("[A-Za-z0-9-]{1,40}");

    private final PublisherRepository publishers;
    private final PeriodRepository periods;
    private final EntryRepository entries;
    private final CaseLookup cases;
    private final CasePhotos photos;
    private final PeriodComposer composer;
    private final CaseSettings caseSettings;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    public PeriodService(PublisherRepository publishers, PeriodRepository periods, EntryRepository entries,
                         CaseLookup cases, CasePhotos photos, PeriodComposer composer, CaseSettings caseSettings,
                         Clock clock, TransactionTemplate transactions, AuditLog audit) {
        this.publishers = publishers;
        this.periods = periods;
        this.entries = entries;
        this.cases = cases;
        this.photos = photos;
        this.composer = composer;
        this.caseSettings = caseSettings;
        this.clock = clock;
        this.transactions = transactions;
        this.audit = audit;
    }

    public Publisher getPublisher(String code) {
        return publishers.findByCode(code).orElseThrow(() -> new NotFoundException("没有找到发布单位：" + code));
    }

    public List<Publisher> publishers() {
        return publishers.list();
    }

    /** The entries of a period, in their order on the list. */
    public List<Entry> entries(long periodId) {
        return entries.list(periodId);
    }

    public Period get(long periodId) {
        return periods.find(periodId).orElseThrow(() -> new NotFoundException("没有找到期次 " + periodId));
    }

    public Publisher createPublisher(ExposureRequests.NewPublisher input, Actor actor, boolean demo) {
        ExposureAccess.requireEditor(actor);
        String code = required(input.code(), "code");
        if (!code.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new BadRequestException("代码 '" + code + "' 无效：应为 2–40 个小写字母、数字或 '-'，以字母开头");
        }
        Cadence cadence = ExposureInput.parse(() -> Cadence.parse(input.cadence() == null ? "ad_hoc" : input.cadence()));
        int first = input.firstNumber() == null ? 1 : input.firstNumber();
        if (first < 1 || first > 1_000_000) {
            throw new BadRequestException("起始期号应在 1 到 1000000 之间");
        }
        return transactions.execute(status -> {
            if (publishers.findByCode(code).isPresent()) {
                throw new ConflictException("发布单位 '" + code + "' 已存在");
            }
            long id = publishers.insert(code, required(input.name(), "name"),
                    input.titleLine() == null || input.titleLine().isBlank() ? "挂账督办" : input.titleLine().strip(), cadence,
                    first, input.photoRequired() == null || input.photoRequired(),
                    input.targetCategories() == null ? List.of() : input.targetCategories(), demo, clock.instant());
            audit.record(actor, "exposure.publisher.create", "exposure_publisher", String.valueOf(id), Map.of("code", code));
            return publishers.find(id).orElseThrow();
        });
    }

    /** A new draft: numbered next unless a number is given (409 if it exists), with the earlier periods' cases. */
    public Period create(String publisherCode, ExposureRequests.NewPeriod input, Actor actor) {
        ExposureAccess.requireEditor(actor);
        Publisher publisher = getPublisher(publisherCode);
        return transactions.execute(status -> {
            int number = input.number() != null ? input.number()
                    : periods.maxNumber(publisher.id()).map(n -> n + 1).orElse(publisher.firstNumber());
            if (number < 1) {
                throw new BadRequestException("期号应不小于 1，实为 " + number);
            }
            if (periods.exists(publisher.id(), number)) {
                throw new ConflictException(publisher.name() + "的第" + number + "期已存在");
            }
            LocalDate issueDate = input.issueDate() != null ? input.issueDate() : composer.today(caseSettings.zone());
            String title = input.title() == null || input.title().isBlank() ? publisher.titleLine() : input.title().strip();
            long id = periods.insert(publisher.id(), number, 0, null, null, title, input.intro() == null ? "" : input.intro().strip(),
                    issueDate, actor.username(), clock.instant());
            int seq = 0;
            List<PeriodComposer.Planned> planned = composer.fromEarlierPeriods(publisher);
            planned = planned.stream().sorted(Comparator.comparing(PeriodComposer.Planned::kind)).toList();
            for (PeriodComposer.Planned p : planned) {
                entries.insert(id, ++seq, p.kind(), p.caseId(), p.periodsOnList(), p.deadline(), p.photo(), p.after());
            }
            audit.record(actor, "exposure.period.create", "exposure_period", String.valueOf(id), Map.of(
                    "publisher", publisher.code(), "number", number, "carriedOver", planned.size()));
            return get(id);
        });
    }

    public Period updateText(long periodId, ExposureRequests.PeriodText input, Actor actor) {
        ExposureAccess.requireEditor(actor);
        return transactions.execute(status -> {
            Period p = requireDraft(periodId);
            String title = input.title() == null ? p.title() : required(input.title(), "title");
            String intro = input.intro() == null ? p.intro() : input.intro().strip();
            if (title.length() > 200 || intro.length() > 4000) {
                throw new BadRequestException("标题最多 200 个字符，导语最多 4000 个字符");
            }
            LocalDate issueDate = input.issueDate() == null ? p.issueDate() : input.issueDate();
            if (!periods.updateText(p, title, intro, issueDate)) {
                throw changedMeanwhile(p);
            }
            audit.record(actor, "exposure.period.edit", "exposure_period", String.valueOf(p.id()), Map.of("title", title));
            return get(p.id());
        });
    }

    /** Adds a case as a new entry; its photo is the one chosen, else the case's first. */
    public Entry addEntry(long periodId, ExposureRequests.NewEntry input, Actor actor) {
        ExposureAccess.requireEditor(actor);
        return transactions.execute(status -> {
            Period p = requireDraft(periodId);
            Publisher publisher = publishers.find(p.publisherId()).orElseThrow();
            CityCase c = findCase(input);
            List<Entry> current = entries.list(p.id());
            if (current.stream().anyMatch(e -> e.caseId() == c.id())) {
                throw new ConflictException("案件 " + c.number() + " 已在" + p.label() + "中，不能重复加入");
            }
            if (!PeriodComposer.EXPOSABLE.contains(c.state())) {
                throw new ConflictException("案件 " + c.number() + " 当前状态为“" + c.state().label()
                        + "”，不能挂账：只有立案、派遣、处置中、已反馈或退回状态的案件可以加入本期");
            }
            PhotoRef photo = input.photoId() != null ? casePhoto(c, input.photoId())
                    : composer.defaultPhoto(c.id()).orElse(null);
            if (photo == null && publisher.photoRequired()) {
                throw new BadRequestException("案件 " + c.number() + " 还没有照片，" + publisher.name()
                        + "要求每一条都有现场照片：请先为该案件上传照片");
            }
            LocalDate deadline = input.deadline() != null ? input.deadline() : composer.deadlineFor(p.issueDate());
            int seq = current.stream().mapToInt(Entry::seq).max().orElse(0) + 1;
            entries.insert(p.id(), seq, EntryKind.NEW, c.id(), 1, deadline, photo, null);
            renumber(p.id());
            touch(p);
            audit.record(actor, "exposure.entry.add", "exposure_period", String.valueOf(p.id()), Map.of("case", c.number()));
            return entries.list(p.id()).stream().filter(e -> e.caseId() == c.id()).findFirst().orElseThrow();
        });
    }

    public void removeEntry(long periodId, long entryId, Actor actor) {
        ExposureAccess.requireEditor(actor);
        transactions.executeWithoutResult(status -> {
            Period p = requireDraft(periodId);
            Entry e = entryOf(p, entryId);
            entries.delete(e.id());
            renumber(p.id());
            touch(p);
            audit.record(actor, "exposure.entry.remove", "exposure_period", String.valueOf(p.id()), Map.of("entryId", e.id(),
                    "caseId", e.caseId()));
        });
    }

    /** A photo uploaded for an entry: stored with the case (stage before, or after for a rectified entry) and chosen. */
    public Entry setEntryPhoto(long periodId, long entryId, byte[] content, PhotoUploads uploads, Actor actor) {
        ExposureAccess.requireEditor(actor);
        PhotoRef stored = uploads.store(content);
        return transactions.execute(status -> {
            Period p = requireDraft(periodId);
            Entry e = entryOf(p, entryId);
            boolean after = e.kind() == EntryKind.RECTIFIED;
            photos.insert(e.caseId(), after ? Photo.Stage.AFTER : Photo.Stage.BEFORE, stored.sha256(), stored.type(),
                    content.length, actor.username(), clock.instant());
            Entry changed = after ? new Entry(e.id(), e.periodId(), e.seq(), e.kind(), e.caseId(), e.periodsOnList(), e.deadline(),
                    e.photo(), stored) : new Entry(e.id(), e.periodId(), e.seq(), e.kind(), e.caseId(), e.periodsOnList(),
                    e.deadline(), stored, e.after());
            entries.update(changed);
            touch(p);
            audit.record(actor, "exposure.entry.photo", "exposure_period", String.valueOf(p.id()), Map.of("entryId", e.id(),
                    "sha256", stored.sha256(), "stage", after ? "after" : "before"));
            return entries.find(e.id()).orElseThrow();
        });
    }

    /** submit and return; publish is {@link PeriodPublisher}'s. */
    public Period review(long periodId, PeriodAction action, String note, Actor actor) {
        ExposureAccess.requireEditor(actor);
        return transactions.execute(status -> {
            Period p = get(periodId);
            PeriodState from = action == PeriodAction.SUBMIT ? PeriodState.DRAFT : PeriodState.IN_REVIEW;
            if (p.state() != from) {
                throw new ConflictException(p.label() + "当前为“" + p.state().label() + "”，不能" + action.label());
            }
            if (action == PeriodAction.RETURN && (note == null || note.isBlank())) {
                throw new BadRequestException("退回修改需要填写说明（要修改什么）");
            }
            PeriodState to = action == PeriodAction.SUBMIT ? PeriodState.IN_REVIEW : PeriodState.DRAFT;
            if (!periods.updateState(p, to, actor.username(), clock.instant())) {
                throw changedMeanwhile(p);
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("from", from.id());
            detail.put("to", to.id());
            detail.put("note", note);
            audit.record(actor, "exposure.period." + action.id(), "exposure_period", String.valueOf(p.id()), detail);
            return get(p.id());
        });
    }

    /** A correction (勘误) of a published period: a new draft revision with the same entries, linked to it. */
    public Period correct(long periodId, String note, Actor actor) {
        ExposureAccess.requireEditor(actor);
        String why = required(note, "note");
        return transactions.execute(status -> {
            Period published = get(periodId);
            if (published.state() != PeriodState.PUBLISHED) {
                throw new ConflictException(published.label() + "尚未发布：请直接修改，不必勘误");
            }
            Period latest = periods.findPublished(published.publisherId(), published.number(), null).orElseThrow();
            if (latest.id() != published.id()) {
                throw new ConflictException(published.label() + "已勘误过：请对最新版本" + latest.label() + "勘误");
            }
            periods.findUnpublished(published.publisherId(), published.number()).ifPresent(open -> {
                throw new ConflictException(published.label() + "的勘误已在准备中（内部编号 " + open.id() + "）");
            });
            long id = periods.insert(published.publisherId(), published.number(), published.revision() + 1, published.id(), why,
                    published.title(), published.intro(), published.issueDate(), actor.username(), clock.instant());
            for (Entry e : entries.list(published.id())) {
                entries.insert(id, e.seq(), e.kind(), e.caseId(), e.periodsOnList(), e.deadline(), e.photo(), e.after());
            }
            audit.record(actor, "exposure.period.correct", "exposure_period", String.valueOf(id), Map.of(
                    "corrects", published.id(), "note", why));
            return get(id);
        });
    }

    /** Case ids of the period's entries (to leave them out of proposals). */
    public Set<Long> caseIds(long periodId) {
        return entries.list(periodId).stream().map(Entry::caseId).collect(Collectors.toCollection(HashSet::new));
    }

    Period requireDraft(long periodId) {
        Period p = get(periodId);
        if (p.state() == PeriodState.PUBLISHED) {
            throw new ConflictException(p.label() + "已发布，内容不可更改：如需更正请发布勘误");
        }
        if (p.state() != PeriodState.DRAFT) {
            throw new ConflictException(p.label() + "当前为“" + p.state().label() + "”，请先退回修改再编辑");
        }
        return p;
    }

    Entry entryOf(Period p, long entryId) {
        Entry e = entries.find(entryId).orElseThrow(() -> new NotFoundException("没有找到条目 " + entryId));
        if (e.periodId() != p.id()) {
            throw new NotFoundException("条目 " + entryId + " 不在" + p.label() + "中");
        }
        return e;
    }

    /** Printed order: rectified pairs, then new entries, then carried over; numbered 1…n. */
    private void renumber(long periodId) {
        List<Entry> sorted = entries.list(periodId).stream()
                .sorted(Comparator.comparing(Entry::kind).thenComparingInt(Entry::seq)).toList();
        // Two passes so that no two rows ever share a number, should a unique index be added later.
        int offset = sorted.size() + 1000;
        for (Entry e : sorted) {
            entries.update(new Entry(e.id(), e.periodId(), e.seq() + offset, e.kind(), e.caseId(), e.periodsOnList(),
                    e.deadline(), e.photo(), e.after()));
        }
        int seq = 0;
        for (Entry e : sorted) {
            entries.update(new Entry(e.id(), e.periodId(), ++seq, e.kind(), e.caseId(), e.periodsOnList(), e.deadline(),
                    e.photo(), e.after()));
        }
    }

    private void touch(Period p) {
        if (!periods.touch(p)) {
            throw changedMeanwhile(p);
        }
    }

    private CityCase findCase(ExposureRequests.NewEntry input) {
        if (input.caseId() != null) {
            return cases.find(input.caseId()).orElseThrow(() -> new NotFoundException("没有找到案件 " + input.caseId()));
        }
        if (input.caseRef() != null) {
            String number = input.caseRef().strip();
            if (!CASE_NUMBER.matcher(number).matches()) {
                throw new BadRequestException("案件编号格式不对：应为字母、数字和连字符，不超过 40 个字符（例如 TZ-20261207-00005）");
            }
            return cases.findByNumber(number).orElseThrow(() -> new NotFoundException("没有找到案件 " + number));
        }
        throw new BadRequestException("请填写案件编号");
    }

    private PhotoRef casePhoto(CityCase c, long photoId) {
        return photos.find(c.id(), photoId).map(ph -> new PhotoRef(ph.sha256(), ph.type()))
                .orElseThrow(() -> new BadRequestException("案件 " + c.number() + " 没有编号为 " + photoId + " 的照片"));
    }

    private static ConflictException changedMeanwhile(Period p) {
        return new ConflictException(p.label() + "已被他人修改，请刷新后重试");
    }

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("缺少" + fieldName(name));
        }
        return value.strip();
    }

    /** The field's name as the form shows it. */
    private static String fieldName(String name) {
        return switch (name) {
            case "code" -> "代码";
            case "name" -> "名称";
            case "title" -> "标题";
            case "note" -> "说明";
            default -> "必填项";
        };
    }

    static boolean isOnList(CaseState state) {
        return state == CaseState.EXPOSED;
    }
}
