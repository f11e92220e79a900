package cn.luodian.api.hotline;

import cn.luodian.api.cases.CaseLookup;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.cases.NewCase;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.describe.SentencePlacer;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.unplaced.UnplacedReports;
import cn.luodian.geo.io.TextEncoding;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Imports a 12345 hotline export (CSV, see {@link HotlineColumn}). The file is checked whole first
 * (encoding, quoting, header) and rejected with an ImportException if it cannot be read. Then each
 * row is read, checked and described on its own ({@link CaseService#check}); a bad row is reported
 * with its line and reason and the others go on. Good rows are stored {@value #BATCH_ROWS} to a
 * transaction ({@link CaseService#storeAll}), because one commit per row would cost more than
 * everything else (on H2 each commit writes to the file). If a batch fails to store (a concurrent
 * import stored one of its 工单编号 first, say), it is rolled back and its rows are stored one by
 * one, each in its own transaction, so every row still ends imported, present or reported. A row
 * whose 工单编号 is already stored is left alone: importing the same file again changes nothing. A row
 * whose location words give no single place goes to the 待定位 list ({@link UnplacedReports}) with
 * all it says, for a dispatcher to place.
 */
@Service
public class HotlineImporter {
    static final int BATCH_ROWS = 2000;
    private static final Set<Role> MAY_IMPORT = Set.of(Role.DISPATCHER, Role.SUPERVISOR, Role.ADMIN);

    private final CaseService cases;
    private final CaseLookup stored;
    private final Taxonomy categories;
    private final SentencePlacer places;
    private final CaseSettings settings;
    private final UnplacedReports unplaced;
    private final Clock clock;

    public HotlineImporter(CaseService cases, CaseLookup stored, Taxonomy categories, SentencePlacer places,
                           CaseSettings settings, UnplacedReports unplaced, Clock clock) {
        this.clock = clock;
        this.unplaced = unplaced;
        this.cases = cases;
        this.stored = stored;
        this.categories = categories;
        this.places = places;
        this.settings = settings;
    }

    /**
     * Imports {@code input}; {@code encoding} is utf-8, gbk, gb18030, or null/auto to detect UTF-8 or GBK.
     * Throws BadRequestException for an unknown encoding, ImportException for an unreadable file.
     */
    public HotlineImportReport importCsv(CsvInput input, String encoding, Actor actor) {
        if (!MAY_IMPORT.contains(actor.role())) {
            throw new ForbiddenException("您的角色不能导入热线工单");
        }
        Charset requested;
        try {
            requested = TextEncoding.option(encoding);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        HotlineCsvFile file = HotlineCsvFile.open(input, requested);
        HotlineRowReader rows = new HotlineRowReader(file.header(), new CategoryMatcher(categories.listAll()), places,
                settings.zone(), clock);
        Batch batch = new Batch(actor);
        file.forEachRow(record -> {
            String externalId = rows.externalId(record);
            try {
                rows.checkCells(record);
                if (externalId != null && (batch.holds(externalId)
                        || stored.findByExternalId(CaseSource.HOTLINE_12345, externalId).isPresent()
                        || unplaced.findByExternalId(CaseSource.HOTLINE_12345, externalId).isPresent())) {
                    batch.present++; // seen before: no need to place it again
                    return;
                }
                HotlineRow row = rows.read(record);
                if (row instanceof HotlineRow.Unplaced waiting) {
                    unplaced.record(waiting.report(), actor);
                    batch.unplaced++;
                    return;
                }
                // The category comes from the taxonomy (CategoryMatcher) and the 工单编号 was looked up above.
                NewCase placed = ((HotlineRow.Placed) row).input();
                batch.add(new Pending(record.line(), externalId, cases.checkNew(placed, actor)));
            } catch (BadRequestException | ForbiddenException | ConflictException e) {
                batch.errors.add(new HotlineImportReport.RowError(record.line(), externalId, e.getMessage()));
            }
        });
        batch.flush();
        List<HotlineImportReport.RowError> errors = batch.errors.stream()
                .sorted(Comparator.comparingLong(HotlineImportReport.RowError::line)).toList();
        return new HotlineImportReport(input.name(), file.encodingName(), file.rows(), batch.imported, batch.unplaced,
                batch.present,
                errors.size(), errors, file.header().ignoredColumns());
    }

    /** A checked row waiting to be stored. */
    private record Pending(long line, String externalId, CityCase draft) {
    }

    /** The rows checked but not yet stored, and the counts so far. */
    private final class Batch {
        final Actor actor;
        final List<Pending> rows = new ArrayList<>();
        final Set<String> externalIds = new HashSet<>();
        final List<HotlineImportReport.RowError> errors = new ArrayList<>();
        int imported;
        int unplaced;
        int present;

        Batch(Actor actor) {
            this.actor = actor;
        }

        /** True when a row of this batch has this 工单编号 (a file may repeat a row). */
        boolean holds(String externalId) {
            return externalIds.contains(externalId);
        }

        void add(Pending row) {
            rows.add(row);
            externalIds.add(row.externalId());
            if (rows.size() == BATCH_ROWS) {
                flush();
            }
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            try {
                cases.storeAll(rows.stream().map(Pending::draft).toList(), actor);
                imported += rows.size();
            } catch (DataIntegrityViolationException batchFailed) {
                rows.forEach(this::storeAlone); // nothing of the batch was stored: find the row(s) at fault
            }
            rows.clear();
            externalIds.clear();
        }

        private void storeAlone(Pending row) {
            try {
                cases.storeAll(List.of(row.draft()), actor);
                imported++;
            } catch (DuplicateKeyException e) {
                present++; // stored by a concurrent import of the same 工单编号 after our check
            } catch (DataIntegrityViolationException e) {
                errors.add(new HotlineImportReport.RowError(row.line(), row.externalId(),
                        "数据库拒绝了这一行：" + e.getMostSpecificCause().getMessage()));
            }
        }
    }
}
