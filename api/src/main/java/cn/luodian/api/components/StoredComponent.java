package cn.luodian.api.components;

import cn.luodian.geo.component.Component;
import java.time.Instant;

/**
 * A component as stored: the surveyed {@link Component} with the unit grid cell and township its
 * location lies in (null outside them), when it was first and last written, and how often it was
 * updated ({@code version}).
 */
public record StoredComponent(long id, Component component, String gridCellCode, String townshipCode,
                              Instant createdAt, Instant updatedAt, int version) {

    public String code() {
        return component.code().value();
    }
}
