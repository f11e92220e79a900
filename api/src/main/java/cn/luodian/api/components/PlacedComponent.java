package cn.luodian.api.components;

import cn.luodian.geo.component.Component;

/** A component of a file with the unit grid cell and township its location lies in (null where none). */
record PlacedComponent(Component component, String gridCellCode, String townshipCode) {

    String code() {
        return component.code().value();
    }
}
