package cn.luodian.api.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui/index.html}),
 * generated from the controllers by springdoc. The signed-in {@code Actor} parameter is left out by
 * {@code security/ActorWebConfig}, which resolves it.
 */
@Configuration
public class OpenApiConfiguration {

    @Bean
    public OpenAPI luodianOpenApi() {
        String version = OpenApiConfiguration.class.getPackage().getImplementationVersion();
        return new OpenAPI().info(new Info()
                .title("落点 Luodian API")
                .version(version == null ? "dev" : version)
                .description("""
                        Spatial backend for city management in a Chinese district: describe a point in the words \
                        published lists use and read such words back (describe, locate), admin areas and unit grid \
                        cells (places, grid), reference layers as GeoJSON (layers), cases from the 12345 hotline, grid \
                        patrols and the public with their workflow (cases, hotline CSV import), and the Open311 \
                        GeoReport v2 interface for citizens' apps (open311). Coordinates are WGS-84 unless a crs \
                        parameter names cgcs2000, gcj02 or bd09. Errors are RFC 9457 problem+json; under /open311 \
                        they take the GeoReport v2 form.

                        落点：城市管理空间服务——位置描述与反查、区划与单元网格、图层、12345 热线与网格案件、Open311 市民上报接口。"""));
    }
}
