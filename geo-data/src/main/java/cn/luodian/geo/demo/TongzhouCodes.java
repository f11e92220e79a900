package cn.luodian.geo.demo;

import cn.luodian.geo.io.DivisionCodeCsvReader;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The official 2023 statistical division codes of 通州区 (国家统计局, via the china-division
 * package): the district, its 22 乡镇/街道 and 656 村/社区, in code order.
 */
record TongzhouCodes(DivisionCode district, List<DivisionCode> townships, List<DivisionCode> villages) {
    static final String DISTRICT_CODE = "110112";
    static final String BEIJING_CODE = "110000";

    static TongzhouCodes load() {
        DivisionCode district = new DivisionCode(DISTRICT_CODE, "通州区", AdminLevel.DISTRICT, BEIJING_CODE);
        return new TongzhouCodes(district, read("tongzhou_streets.csv"), read("tongzhou_villages.csv"));
    }

    List<DivisionCode> all() {
        List<DivisionCode> all = new ArrayList<>();
        all.add(district);
        all.addAll(townships);
        all.addAll(villages);
        return List.copyOf(all);
    }

    DivisionCode township(String code) {
        return townships.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有代码为 " + code + " 的乡镇/街道"));
    }

    List<DivisionCode> villagesOf(String townshipCode) {
        return villages.stream().filter(v -> townshipCode.equals(v.parentCode())).toList();
    }

    private static List<DivisionCode> read(String resource) {
        try (InputStream in = TongzhouCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing");
            }
            return DivisionCodeCsvReader.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
