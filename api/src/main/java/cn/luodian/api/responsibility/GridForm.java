package cn.luodian.api.responsibility;

import java.util.List;

/**
 * A 责任网格 as a client sends it. {@code code} may be left out on create (one is made up from the
 * township); {@code townshipCode} may be left out when the cells say it; {@code cells} are unit grid
 * cell codes and replace the grid's current cells on edit.
 */
public record GridForm(String code, String name, String townshipCode, List<String> cells) {
}
