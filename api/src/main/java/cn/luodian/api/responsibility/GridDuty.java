package cn.luodian.api.responsibility;

/**
 * Who answers for a unit grid cell at one moment: its 责任网格 and the grid worker on duty there (the
 * longest-serving current 网格员, else the 网格长; null when nobody is assigned). Names as they are
 * now, so a case can keep them as they were.
 */
public record GridDuty(long gridId, String gridName, String workerUsername, String workerName) {
}
