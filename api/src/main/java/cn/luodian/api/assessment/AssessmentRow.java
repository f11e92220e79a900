package cn.luodian.api.assessment;

import cn.luodian.api.stats.GroupRates;
import cn.luodian.api.stats.Rate;
import java.util.List;

/**
 * One grid worker's or one 责任网格's figures for a period, with its place in the ranking.
 *
 * @param key          the worker's username, or the grid's code
 * @param name         the worker's name, or the grid's name
 * @param role         网格员 or 网格长 for a worker; null for a grid
 * @param grids        a worker's grids during the period; for a grid, its people then
 * @param reports      上报问题数: problems reported from patrol (source 网格巡查)
 * @param verification 核查及时率: tasks done on time by the case's own worker / decided tasks
 * @param tasks        核查任务数: every 反馈 in the period, decided or still pending
 * @param coverage     巡查覆盖率: cells patrolled at least once / cells held during the period
 * @param cases        the cases placed with the worker or grid and their four rates (the townships' definitions)
 * @param score        the townships' score over those four rates; null when none has a denominator
 */
record AssessmentRow(int rank, Double score, String key, String name, String role, String townshipCode, String townshipName,
                     List<String> grids, long reports, long tasks, Rate verification, Rate coverage, GroupRates cases) {
}
