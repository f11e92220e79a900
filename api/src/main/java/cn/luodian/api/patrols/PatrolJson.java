package cn.luodian.api.patrols;

import cn.luodian.geo.patrol.CellPass;
import java.time.Instant;
import java.util.List;

/** A patrol as the API answers it; {@code cells} only on the single-patrol read. */
public record PatrolJson(long id, String worker, String scopeCode, String source, String sourceLabel, Instant startedAt,
                         Instant endedAt, boolean running, String stateLabel, int pointCount, Double lengthMetres,
                         Double bufferMetres, int cellCount, List<CellJson> cells) {

    public record CellJson(String code, Instant firstPassedAt) {
    }

    static PatrolJson of(Patrol p) {
        return of(p, null);
    }

    static PatrolJson of(Patrol p, List<CellPass> cells) {
        Double length = p.lengthMetres() == null ? null : Math.round(p.lengthMetres() * 10) / 10.0;
        return new PatrolJson(p.id(), p.worker(), p.scopeCode(), p.source().id(), p.source().label(), p.startedAt(),
                p.endedAt(), !p.isEnded(), p.isEnded() ? "已结束" : "巡查中", p.pointCount(), length, p.bufferMetres(),
                p.cellCount(), cells == null ? null : cells.stream().map(c -> new CellJson(c.cellCode(), c.firstPassedAt())).toList());
    }
}
