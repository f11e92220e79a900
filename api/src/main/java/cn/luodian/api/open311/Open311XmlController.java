package cn.luodian.api.open311;

import cn.luodian.api.system.BadRequestException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** GeoReport v2 defines .xml twins of every endpoint; this server answers JSON only and says so. */
@Hidden
@RestController
public class Open311XmlController {

    @RequestMapping({"/open311/v2/services.xml", "/open311/v2/services/{code}.xml", "/open311/v2/requests.xml",
            "/open311/v2/requests/{id}.xml"})
    public void xml() {
        throw new BadRequestException("不支持 XML：请改用本接口的 .json 形式");
    }
}
